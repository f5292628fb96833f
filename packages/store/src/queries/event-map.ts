import { addDays, type EventMap, MAP_ZOOM_KM, type MapFilter } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import { type CellCount, hexbin } from '../map/hexbin.ts'
import { dateWindow } from './date-window.ts'

type Counted = {
  cell: number | null
  region_id: string | null
  place_id: string | null
  n: unknown
}

const toCounts = (rows: readonly Counted[]): CellCount[] =>
  rows.map((r) => ({
    // No cell is a country-level point: counted, never drawn (-1 keeps the type a number).
    cell: r.cell ?? -1,
    regionId: r.region_id || null,
    placeId: r.place_id || null,
    count: Number(r.n),
  }))

/**
 * Matching records counted per grid cell, oblast and place straight from `record_locations`:
 * for a place filter (through `record_places`, which holds the enclosing regions too, so an
 * oblast finds its cities' events) and for the partial months at a date range's ends.
 */
const countLocations = async (
  db: Kysely<Database>,
  filter: MapFilter,
  starts: { after?: string; through?: string } = {},
): Promise<CellCount[]> => {
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
    .$if(starts.after !== undefined, (qb) =>
      qb.where('record_locations.date_start', '>=', starts.after ?? ''),
    )
    .$if(starts.through !== undefined, (qb) =>
      qb.where('record_locations.date_start', '<=', starts.through ?? ''),
    )
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
  return toCounts(rows)
}

/** Whole months from the rollup: `from`..`through` (YYYY-MM), undated ones only when unbounded. */
const countMonths = async (
  db: Kysely<Database>,
  filter: MapFilter,
  months: { from?: string; through?: string },
): Promise<CellCount[]> => {
  const rows = await db
    .selectFrom('map_months')
    .select((eb) => [
      'map_months.cell',
      'map_months.region_id',
      'map_months.place_id',
      eb.fn.sum<number | string | bigint>('map_months.n').as('n'),
    ])
    .where('map_months.kind', '=', filter.kind)
    .$if(months.from !== undefined, (qb) => qb.where('map_months.month', '>=', months.from ?? ''))
    .$if(months.through !== undefined, (qb) =>
      qb.where('map_months.month', '<=', months.through ?? '').where('map_months.month', '<>', ''),
    )
    .$if(filter.attackerId !== undefined, (qb) =>
      qb.where('map_months.attacker_id', '=', filter.attackerId ?? ''),
    )
    .where('map_months.n', '<>', 0)
    .groupBy(['map_months.cell', 'map_months.region_id', 'map_months.place_id'])
    .execute()
  return toCounts(rows).filter((c) => c.count !== 0)
}

const monthOf = (day: string) => day.slice(0, 7)
const nextMonth = (month: string) => monthOf(addDays(`${month}-28`, 7))
const lastDayOf = (month: string) => addDays(`${nextMonth(month)}-01`, -1)

/**
 * Every matching record counted per grid cell, oblast and place. Without a place filter the
 * months a date range covers whole come from the `map_months` rollup, a few thousand rows;
 * only the days at its ends are counted from `record_locations`, through its (kind,
 * date_start) index. A record counts in the month it starts: one that starts in a covered month
 * overlaps the range; one that starts before it and runs into it is found among the days before
 * the first whole month, back to the longest span any record of the kind has (dateWindow).
 */
export const cellCounts = async (db: Kysely<Database>, filter: MapFilter): Promise<CellCount[]> => {
  if (filter.placeId !== undefined) return countLocations(db, filter)
  const { from, to } = filter
  const firstWhole =
    from === undefined ? undefined : from.endsWith('-01') ? monthOf(from) : nextMonth(monthOf(from))
  const lastWhole =
    to === undefined
      ? undefined
      : lastDayOf(monthOf(to)) === to
        ? monthOf(to)
        : monthOf(addDays(`${monthOf(to)}-01`, -1))
  if (firstWhole !== undefined && lastWhole !== undefined && firstWhole > lastWhole)
    return countLocations(db, filter, await earliestStart(db, filter))
  const parts = [countMonths(db, filter, { from: firstWhole, through: lastWhole })]
  if (firstWhole !== undefined)
    parts.push(
      countLocations(db, filter, {
        ...(await earliestStart(db, filter)),
        through: addDays(`${firstWhole}-01`, -1),
      }),
    )
  if (lastWhole !== undefined)
    parts.push(countLocations(db, filter, { after: `${nextMonth(lastWhole)}-01` }))
  return (await Promise.all(parts)).flat()
}

/** The earliest first day a record overlapping `from` can have (dateWindow). */
const earliestStart = async (db: Kysely<Database>, filter: MapFilter) => {
  const window = await dateWindow(db, {
    ...(filter.from ? { from: filter.from } : {}),
    kind: [filter.kind],
  })
  return window.earliestStart === undefined ? {} : { after: window.earliestStart }
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
