import { type EventMap, MAP_ZOOM_KM, type MapFilter } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import { type CellCount, hexbin } from '../map/hexbin.ts'

/**
 * Every matching record counted per grid cell, oblast and place in one pass over the
 * `record_locations_map` index: the rows come out in cell order, so the database groups them as
 * it walks and never reads a record. A place filter starts from `record_places` instead, which
 * holds the enclosing regions too (a filter on an oblast finds its cities' events).
 */
export const cellCounts = async (db: Kysely<Database>, filter: MapFilter): Promise<CellCount[]> => {
  const { placeId, kind } = filter
  const rows = await db
    .selectFrom('record_locations')
    .select((eb) => [
      'record_locations.cell',
      'record_locations.region_id',
      'record_locations.place_id',
      eb.fn.countAll<number | string | bigint>().as('n'),
    ])
    .where('record_locations.kind', '=', kind)
    .$if(filter.from !== undefined, (qb) =>
      qb.where('record_locations.date_end', '>=', filter.from ?? ''),
    )
    .$if(filter.to !== undefined, (qb) =>
      qb.where('record_locations.date_start', '<=', filter.to ?? ''),
    )
    .$if(filter.attackerId !== undefined, (qb) =>
      qb.where('record_locations.attacker_id', '=', filter.attackerId ?? ''),
    )
    .$if(placeId !== undefined, (qb) =>
      qb.where('record_locations.record_id', 'in', (eb) =>
        eb
          .selectFrom('record_places')
          .select('record_places.record_id')
          .where('record_places.place_id', '=', placeId ?? '')
          .where('record_places.kind', '=', kind),
      ),
    )
    .groupBy(['record_locations.cell', 'record_locations.region_id', 'record_locations.place_id'])
    .execute()
  return rows.map((r) => ({
    // A null cell is a country-level point: counted, never drawn (-1 keeps the type a number).
    cell: r.cell ?? -1,
    regionId: r.region_id,
    placeId: r.place_id,
    count: Number(r.n),
  }))
}

/** The map of `filter`: hexbins at its zoom, counts per oblast, and what cannot be drawn. */
export const eventMap = async (db: Kysely<Database>, filter: MapFilter): Promise<EventMap> => {
  const counts = await cellCounts(db, filter)
  const drawn = counts.filter((c) => c.cell >= 0)
  const regions = new Map<string, number>()
  for (const c of drawn)
    if (c.regionId !== null) regions.set(c.regionId, (regions.get(c.regionId) ?? 0) + c.count)
  const radiusKm = MAP_ZOOM_KM[filter.zoom] ?? MAP_ZOOM_KM[1]
  return {
    zoom: filter.zoom,
    radiusKm,
    total: counts.reduce((n, c) => n + c.count, 0),
    bins: hexbin(drawn, radiusKm),
    regions: [...regions]
      .map(([placeId, count]) => ({ placeId, count }))
      .sort((a, b) => b.count - a.count || a.placeId.localeCompare(b.placeId)),
    unplaced: counts.filter((c) => c.cell < 0).reduce((n, c) => n + c.count, 0),
  }
}
