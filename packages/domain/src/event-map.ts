import { z } from 'zod'
import { ActorId, PlaceId } from './ids.ts'
import { IsoDate } from './iso-date.ts'

/** Which records a map counts: attacks where they happened, talks at their venue. */
export const MapKind = z.enum(['attack', 'talk'])
export type MapKind = z.infer<typeof MapKind>

/** Hexagon radius at each zoom, in kilometres: a country at 0, a front line at 3. */
export const MAP_ZOOM_KM = [80, 40, 20, 10] as const
export const MapZoom = z.coerce.number().int().min(0).max(3)

/** The map's filters: the list's date, place and attacker filters over every matching record. */
export const MapFilter = z.strictObject({
  kind: MapKind,
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** A place and every place inside it, as on the lists. */
  placeId: PlaceId.optional(),
  attackerId: ActorId.optional(),
  zoom: z.number().int().min(0).max(3),
})
export type MapFilter = z.infer<typeof MapFilter>

/** The map's query string (`?kind=attack&from=2022-03-01&zoom=1`); unknown parameters refused. */
export const MapQuery = z
  .strictObject({
    kind: MapKind.default('attack'),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    placeId: MapFilter.shape.placeId,
    attackerId: MapFilter.shape.attackerId,
    zoom: MapZoom.default(1),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'to must not be before from',
    path: ['to'],
  })
export type MapQuery = z.infer<typeof MapQuery>

/** One hexagon's events: its centre, how many, and the place most of them name, for a link. */
export const MapBin = z
  .strictObject({
    lat: z.number(),
    lon: z.number(),
    count: z.number().int().min(1),
    /** The settlement (or oblast) that most of the bin's events are in: the list to link to. */
    placeId: PlaceId.optional(),
  })
  .meta({ id: 'MapBin' })
export type MapBin = z.infer<typeof MapBin>

export const MapRegionCount = z
  .strictObject({ placeId: PlaceId, count: z.number().int().min(1) })
  .meta({ id: 'MapRegionCount' })
export type MapRegionCount = z.infer<typeof MapRegionCount>

/** Every matching event on the map: hexbins, per-oblast counts, and what cannot be drawn. */
export const EventMap = z
  .strictObject({
    zoom: z.number().int().min(0).max(3),
    /** The hexagons' radius in kilometres. */
    radiusKm: z.number().positive(),
    /** Every matching record with a location. */
    total: z.number().int().min(0),
    bins: z.array(MapBin),
    /** Events per first-level region (oblast) of Ukraine, for a choropleth. */
    regions: z.array(MapRegionCount),
    /** Matching records known only at country level, or not at all: not drawn anywhere. */
    unplaced: z.number().int().min(0),
  })
  .meta({ id: 'EventMap' })
export type EventMap = z.infer<typeof EventMap>
