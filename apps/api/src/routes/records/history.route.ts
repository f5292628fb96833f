import { createRoute, z } from '@hono/zod-openapi'
import { Revision } from '@sitrep/domain'
import { notFoundResponse, problemResponses } from '../../lib/problem-responses.ts'
import { IdParam } from './records.routes.ts'

export const historyRoute = createRoute({
  method: 'get',
  path: '/{id}/history',
  tags: ['records'],
  summary: 'Every revision of a record, oldest first, deletes included',
  request: { params: IdParam },
  responses: {
    200: {
      description: 'The revisions',
      content: { 'application/json': { schema: z.object({ items: z.array(Revision) }) } },
    },
    ...notFoundResponse,
    ...problemResponses,
  },
})
