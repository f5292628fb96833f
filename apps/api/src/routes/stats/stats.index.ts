import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { RecordQuery, Stats, splitRecordQuery } from '@sitrep/domain'
import type { AppEnv } from '../../lib/app-env.ts'
import { problemResponses } from '../../lib/problem-responses.ts'

/** The timeline's filters; a page size means nothing for totals. */
const StatsQuery = z
  .object(RecordQuery.shape)
  .omit({ limit: true, cursor: true, sort: true })
  .strict()

const statsRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['stats'],
  summary:
    'Attacks and casualty bands per day and per region, aid in EUR by donor, category and stage, talks by status, statements by speaker and channel',
  request: { query: StatsQuery },
  responses: {
    200: {
      description: 'The figures, derived from the claims',
      content: { 'application/json': { schema: Stats } },
    },
    ...problemResponses,
  },
})

export const statsApp = new OpenAPIHono<AppEnv>().openapi(statsRoute, async (c) => {
  const { filter } = splitRecordQuery({ ...c.req.valid('query'), limit: 1 })
  return c.json(await c.var.store.stats(filter), 200)
})
