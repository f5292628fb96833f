import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { RecordId, Revision } from '@sitrep/domain'
import type { AppEnv } from '../../lib/app-env.ts'
import { notFoundResponse, problemResponses } from '../../lib/problem-responses.ts'

const historyRoute = createRoute({
  method: 'get',
  path: '/{id}/history',
  tags: ['records'],
  summary: 'Every revision of a record, oldest first, deletes included',
  request: { params: z.object({ id: RecordId }) },
  responses: {
    200: {
      description: 'The revisions',
      content: { 'application/json': { schema: z.object({ items: z.array(Revision) }) } },
    },
    ...notFoundResponse,
    ...problemResponses,
  },
})

export const historyApp = new OpenAPIHono<AppEnv>().openapi(historyRoute, async (c) => {
  const items = await c.var.store.history(c.req.valid('param').id)
  return c.json({ items }, 200)
})
