import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { ApiKeyId, ApiKeyInfo, ApiRole } from '@sitrep/domain'
import type { AppEnv } from '../../lib/app-env.ts'
import { requireRole } from '../../lib/auth.ts'
import { problemResponses, writeProblemResponses } from '../../lib/problem-responses.ts'

const adminOnly = () => [requireRole('admin')]
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } })

const createKeyRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['keys'],
  summary: 'Create an API key (admin role); the key is in this response only',
  security: [{ bearer: [] }],
  middleware: adminOnly(),
  request: {
    body: {
      required: true,
      content: json(z.strictObject({ role: ApiRole, label: z.string().trim().min(1).max(200) })),
    },
  },
  responses: {
    201: { description: 'Created', content: json(z.object({ key: z.string(), info: ApiKeyInfo })) },
    ...writeProblemResponses,
    ...problemResponses,
  },
})

const listKeysRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['keys'],
  summary: 'List API keys (admin role), never their secrets',
  security: [{ bearer: [] }],
  middleware: adminOnly(),
  responses: {
    200: { description: 'The keys', content: json(z.object({ items: z.array(ApiKeyInfo) })) },
    ...writeProblemResponses,
    ...problemResponses,
  },
})

const revokeKeyRoute = createRoute({
  method: 'delete',
  path: '/{id}',
  tags: ['keys'],
  summary: 'Revoke an API key (admin role)',
  security: [{ bearer: [] }],
  middleware: adminOnly(),
  request: { params: z.object({ id: ApiKeyId }) },
  responses: {
    204: { description: 'Revoked' },
    ...writeProblemResponses,
    ...problemResponses,
  },
})

export const keysApp = new OpenAPIHono<AppEnv>()
  .openapi(createKeyRoute, async (c) =>
    c.json(await c.var.store.createApiKey(c.req.valid('json')), 201),
  )
  .openapi(listKeysRoute, async (c) => {
    c.header('cache-control', 'no-store')
    return c.json({ items: await c.var.store.listApiKeys() }, 200)
  })
  .openapi(revokeKeyRoute, async (c) => {
    await c.var.store.revokeApiKey(c.req.valid('param').id)
    return c.body(null, 204)
  })
