import { feature } from 'topojson-client'
import { presimplify, quantile, simplify } from 'topojson-simplify'
import { z } from 'zod'

const named = z.object({ name: z.string() })
const arcIndexes = z.array(z.number().int())
const area = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('Polygon'),
    id: z.union([z.string(), z.number()]).optional(),
    properties: named,
    arcs: z.array(arcIndexes),
  }),
  z.object({
    type: z.literal('MultiPolygon'),
    id: z.union([z.string(), z.number()]).optional(),
    properties: named,
    arcs: z.array(z.array(arcIndexes)),
  }),
])

/**
 * The part of TopoJSON the map reads: named areas in one geometry collection. Vendored boundary
 * files are parsed against it once, so a package update that changes their shape fails loudly
 * here instead of drawing an empty map.
 */
const AreaTopology = z.object({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  transform: z
    .object({
      scale: z.tuple([z.number(), z.number()]),
      translate: z.tuple([z.number(), z.number()]),
    })
    .optional(),
  objects: z.record(z.string(), z.unknown()),
})
const AreaCollection = z.object({
  type: z.literal('GeometryCollection'),
  geometries: z.array(area),
})

/**
 * The named areas of one object of a TopoJSON file, as GeoJSON features. `keep` is the share of
 * the boundary's points kept (Visvalingam's effective area, `topojson-simplify`): the oblast file
 * holds far more detail than an 800-pixel map can show, and every point is sent twice (the HTML
 * and the page's server-component payload).
 */
export const areasOf = (topology: unknown, object: string, keep = 1) => {
  const parsed = AreaTopology.parse(topology)
  // Only the object drawn is read; the file's other objects (world-atlas's "land") may differ.
  const collection = AreaCollection.parse(parsed.objects[object])
  const one = { ...parsed, objects: { [object]: collection } }
  if (keep >= 1) return feature(one, collection).features
  const weighted = presimplify(one)
  const simplified = simplify(weighted, quantile(weighted, keep))
  return feature(simplified, collection).features
}
