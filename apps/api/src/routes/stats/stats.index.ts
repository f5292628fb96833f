import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { RecordQuery, Stats, StatsBucket, splitRecordQuery } from '@sitrep/domain'
import type { AppEnv } from '../../lib/app-env.ts'
import { type JsonBytes, jsonBytes } from '../../lib/json-text.ts'
import { problemResponses } from '../../lib/problem-responses.ts'

/**
 * The timeline's filters, and how to sum the series over time; a page size means nothing here.
 * No text search: the figures are grouped over every record a filter selects, and a search is
 * ranked and capped, so a `q` would be refused rather than silently ignored (a total for
 * "Moscow" that counts every attack).
 */
const StatsQuery = z
  .object(RecordQuery.shape)
  .omit({ limit: true, cursor: true, sort: true, q: true })
  .extend({
    bucket: StatsBucket.optional().openapi({
      description:
        'How the series are summed over time. By default from the range: up to 60 days by day, up to a year by week (from Monday), else by month.',
    }),
  })
  .strict()

const statsRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['stats'],
  summary:
    'Attacks and casualty bands per day and per region, aid in EUR by donor, category and stage, talks by status, statements by speaker and channel, and series per day, week or month: attacks, the air war (launched vs intercepted by weapon class) and aid by donor',
  request: { query: StatsQuery },
  responses: {
    200: {
      description:
        'The figures, derived from the claims: each record counted once, by its resolved values',
      content: { 'application/json': { schema: Stats } },
    },
    ...problemResponses,
  },
})

export const statsApp = new OpenAPIHono<AppEnv>().openapi(statsRoute, async (c) => {
  const { bucket, ...query } = c.req.valid('query')
  const { filter } = splitRecordQuery({ ...query, limit: 1 })
  // Encoded by the store (on a read thread when it has them), so the loop only sends the bytes.
  const bytes = await c.var.store.statsJson(filter, bucket ? { bucket } : {})
  return jsonBytes(c, bytes as JsonBytes<z.infer<typeof Stats>>, 200)
})
