import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { Actor, Place, Source, SourceId, SourceQuery } from '@sitrep/domain'
import type { AppEnv } from '../../lib/app-env.ts'
import { notFoundResponse, problemResponses } from '../../lib/problem-responses.ts'

const listOf = <T extends z.ZodType>(tag: string, item: T, summary: string) =>
  createRoute({
    method: 'get',
    path: '/',
    tags: [tag],
    summary,
    responses: {
      200: {
        description: summary,
        content: { 'application/json': { schema: z.object({ items: z.array(item) }) } },
      },
      ...problemResponses,
    },
  })

export const actorsApp = new OpenAPIHono<AppEnv>().openapi(
  listOf(
    'actors',
    Actor,
    'The actor dictionary: people, states, institutions, agencies, with aliases and roles',
  ),
  async (c) => c.json({ items: await c.var.store.listActors() }, 200),
)

export const placesApp = new OpenAPIHono<AppEnv>().openapi(
  listOf('places', Place, 'The gazetteer: places with aliases, hierarchy and coordinates'),
  async (c) => c.json({ items: await c.var.store.listPlaces() }, 200),
)

const getSourceRoute = createRoute({
  method: 'get',
  path: '/{id}',
  tags: ['sources'],
  summary: 'One source document, with its text when sitrep holds it',
  request: { params: z.object({ id: SourceId }) },
  responses: {
    200: { description: 'The source', content: { 'application/json': { schema: Source } } },
    ...notFoundResponse,
    ...problemResponses,
  },
})

const listSourcesRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['sources'],
  summary: 'The source documents sitrep has read, in id order, cursor-paginated',
  request: { query: SourceQuery },
  responses: {
    200: {
      description:
        'A page of sources (`limit`, default 50, at most 500); `nextCursor` is absent on the last',
      content: {
        'application/json': {
          schema: z.object({ items: z.array(Source), nextCursor: z.string().optional() }),
        },
      },
    },
    ...problemResponses,
  },
})

export const sourcesApp = new OpenAPIHono<AppEnv>()
  .openapi(listSourcesRoute, async (c) => {
    const { limit, cursor } = c.req.valid('query')
    return c.json(await c.var.store.pageSources({ limit, ...(cursor ? { cursor } : {}) }), 200)
  })
  .openapi(getSourceRoute, async (c) =>
    c.json(await c.var.store.getSource(c.req.valid('param').id), 200),
  )
