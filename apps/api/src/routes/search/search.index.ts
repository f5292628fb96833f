import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { RecordQuery, StoredRecord, splitRecordQuery } from '@sitrep/domain'
import type { AppEnv } from '../../lib/app-env.ts'
import { countedPageJson, jsonBytes } from '../../lib/json-text.ts'
import { problemResponses } from '../../lib/problem-responses.ts'
import { countedPageOf } from '../records/records.routes.ts'

/** Search is the timeline query with the text required; results come ranked, best first. */
const SearchQuery = z.object({ ...RecordQuery.shape, q: z.string().min(1).max(500) }).strict()

const searchRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['search'],
  summary: 'Ranked full-text search over titles, summaries, statements and evidence quotes',
  request: { query: SearchQuery },
  responses: {
    200: {
      description: 'A page of matching records, best match first',
      content: { 'application/json': { schema: countedPageOf(StoredRecord) } },
    },
    ...problemResponses,
  },
})

export const searchApp = new OpenAPIHono<AppEnv>().openapi(searchRoute, async (c) => {
  const { filter, page } = splitRecordQuery(c.req.valid('query'))
  const { q, ...rest } = filter
  const [result, total] = await Promise.all([
    c.var.store.searchJson(q ?? '', rest, page),
    c.var.store.countRecords(filter),
  ])
  return jsonBytes(c, countedPageJson(result, total), 200)
})
