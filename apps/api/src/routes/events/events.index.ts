import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { RecordQuery, StoredRecord, splitRecordQuery } from '@sitrep/domain'
import type { AppEnv } from '../../lib/app-env.ts'
import { problemResponses } from '../../lib/problem-responses.ts'
import { pageOf } from '../records/records.routes.ts'

const eventsRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['events'],
  summary: 'All kinds on one timeline, filtered and paginated',
  request: { query: RecordQuery },
  responses: {
    200: {
      description: 'A page of records of any kind, in date order',
      content: { 'application/json': { schema: pageOf(StoredRecord) } },
    },
    ...problemResponses,
  },
})

export const eventsApp = new OpenAPIHono<AppEnv>().openapi(eventsRoute, async (c) => {
  const { filter, page } = splitRecordQuery(c.req.valid('query'))
  const result = await c.var.store.listRecords(filter, page)
  return c.json(result, 200)
})
