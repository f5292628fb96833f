import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { EventMap, MapQuery } from '@sitrep/domain'
import type { AppEnv } from '../../lib/app-env.ts'
import { problemResponses } from '../../lib/problem-responses.ts'

const mapRoute = createRoute({
  method: 'get',
  path: '/',
  tags: ['map'],
  summary:
    'Every matching attack (or talk) on a map: hexbins with counts at their locations, counts per oblast for a choropleth, and how many are known only at country level (not drawn)',
  description:
    'Counted by the database over every record the filters match, not a page: `zoom` 0–3 sets the hexagon radius (80, 40, 20, 10 km). Locations are the most precise a record’s sources give (CIR coordinates, ACLED points, else the finest gazetteer place it names). Each bin names the place to link to: the one place its events name, else the oblast holding most of them.',
  request: { query: MapQuery },
  responses: {
    200: {
      description: 'Hexbins, oblast counts and the unplaced count for the filters',
      content: { 'application/json': { schema: EventMap } },
    },
    ...problemResponses,
  },
})

export const mapApp = new OpenAPIHono<AppEnv>().openapi(mapRoute, async (c) =>
  c.json(await c.var.store.eventMap(c.req.valid('query')), 200),
)
