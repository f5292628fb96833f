import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { AppEnv } from '../../lib/app-env.ts'

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['meta'],
  summary: 'Answers 200 once the API can serve',
  responses: {
    200: {
      description: 'Serving',
      content: {
        'application/json': { schema: z.object({ status: z.literal('ok'), engine: z.string() }) },
      },
    },
  },
})

export const healthApp = new OpenAPIHono<AppEnv>().openapi(healthRoute, (c) =>
  c.json({ status: 'ok' as const, engine: c.var.store.engine }, 200),
)
