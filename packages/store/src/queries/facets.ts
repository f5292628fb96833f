import {
  FACET_TOP,
  type FacetCount,
  type FacetName,
  type Facets,
  facetFilterParam,
  type RecordFilter,
  RecordKind,
} from '@sitrep/domain'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../database.ts'
import type { SearchIndex } from '../search/search-index.ts'
import { searchWindow } from '../search/search-window.ts'
import { COUNT_CAP, type Counting, countRecords } from './count-records.ts'
import { dateWindow } from './date-window.ts'
import { type FacetRow, SIZE } from './facet-row.ts'
import { recordFilterWhere } from './record-filter.ts'
import { rollupFacetRows, rollupFilter } from './rollup-counts.ts'

/** The filter a facet is counted over: the list's, less the facet's own (as Datasette does). */
const withoutOwn = (filter: RecordFilter, facet: FacetName): RecordFilter => {
  const { [facetFilterParam[facet]]: _own, ...rest } = filter
  return rest
}

/**
 * The joins below are CROSS JOINs with the condition in WHERE: SQLite then keeps the written
 * order, walking the few matched records and looking each one's values up by key. With an
 * inner join it may scan a facet's whole value index (every attacker row in the store) instead.
 */

/**
 * Every requested facet that shares one filter, counted in one statement over one materialised
 * set of matching records. The set stops at COUNT_CAP + 1 records, as the total does, so a facet
 * costs at most that many records' index entries however large the store grows; past the cap its
 * counts are lower bounds (`exact: false`).
 */
const facetRows = async (
  db: Kysely<Database>,
  search: SearchIndex,
  filter: RecordFilter,
  names: readonly FacetName[],
): Promise<FacetRow[]> => {
  const window = await dateWindow(db, filter)
  // As in countRecords: the engine reads only the matches in the filter's date window.
  const matches = filter.q
    ? search.matches(filter.q, { within: searchWindow(filter, window) })
    : undefined
  if (filter.q && !matches) return []
  const where = recordFilterWhere(filter, window)
  const matched = matches
    ? db
        .selectFrom('records')
        .innerJoin(matches.as('s'), 's.record_key', search.joinOn)
        .select(['records.id', 'records.kind'])
        .where(where)
        .limit(COUNT_CAP + 1)
    : db
        .selectFrom('records')
        .select(['records.id', 'records.kind'])
        .where(where)
        .limit(COUNT_CAP + 1)
  const withMatched = db.with(
    (cte) => cte('m').materialized(),
    () => matched,
  )
  const count = sql<number>`count(*)`.as('n')
  let query = withMatched
    .selectFrom('m')
    .select([
      sql.lit(SIZE).as('facet'),
      sql.lit('').as('value'),
      sql<string | null>`null`.as('label'),
      count,
    ])
  for (const name of names) {
    if (name === 'oblast')
      query = query.unionAll((eb) =>
        eb
          .selectFrom('m')
          .crossJoin('record_places as rp')
          .whereRef('rp.record_id', '=', 'm.id')
          .select([
            sql.lit('oblast').as('facet'),
            'rp.place_id as value',
            sql<string | null>`null`.as('label'),
            count,
          ])
          .groupBy('rp.place_id'),
      )
    if (name === 'attacker' || name === 'weapon' || name === 'dataset')
      query = query.unionAll((eb) =>
        eb
          .selectFrom('m')
          .crossJoin('record_facets as f')
          .whereRef('f.record_id', '=', 'm.id')
          .where('f.facet', '=', name)
          .select([
            sql.lit(name).as('facet'),
            'f.value as value',
            sql<string | null>`null`.as('label'),
            count,
          ])
          .groupBy('f.value'),
      )
    if (name === 'disputed')
      query = query.unionAll((eb) =>
        eb
          .selectFrom('m')
          .where((eb) =>
            eb.exists(
              eb
                .selectFrom('record_disputes as d')
                .select('d.record_id')
                .whereRef('d.record_id', '=', 'm.id'),
            ),
          )
          .select([
            sql.lit('disputed').as('facet'),
            sql.lit('true').as('value'),
            sql<string | null>`null`.as('label'),
            count,
          ]),
      )
  }
  return query.execute()
}

const top = (counts: FacetCount[], exact: boolean): FacetCount[] => {
  const sorted = [...counts].sort(
    (a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)),
  )
  const others = sorted.slice(FACET_TOP)
  const rest = others.reduce((sum, c) => sum + c.count, 0)
  return [
    ...sorted.slice(0, FACET_TOP),
    ...(rest > 0 ? [{ value: null, label: `${others.length} others`, count: rest, exact }] : []),
  ]
}

/**
 * The oblast facet's values: first-level divisions, the places whose parent is a country (a
 * gazetteer root), with their names. A few dozen rows, read once rather than two place lookups
 * per place row of every matched record.
 */
const firstLevelDivisions = async (db: Kysely<Database>) => {
  const rows = await db
    .selectFrom('places as p')
    .innerJoin('places as c', 'c.id', 'p.parent_id')
    .where('c.parent_id', 'is', null)
    .select(['p.id', 'p.name'])
    .execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** Names for the values that are actor ids (attackers, datasets that are bodies); others stay as they are. */
const actorNames = async (db: Kysely<Database>, ids: readonly string[]) => {
  if (ids.length === 0) return new Map<string, string>()
  const rows = await db
    .selectFrom('actors')
    .select(['actors.id', 'actors.name'])
    .where('actors.id', 'in', ids)
    .execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}

const plainLabel = (facet: FacetName, value: string): string => {
  if (facet === 'weapon') return value === 'other' ? 'other weapons' : value.replace(/-/g, ' ')
  if (facet === 'disputed') return value === 'true' ? 'disputed' : 'not disputed'
  return value
}

/**
 * The requested facets of a list's filter: each counted over the filter less its own condition,
 * its top FACET_TOP values and one "other" entry summing the rest. Facets that share a filter
 * (all those whose own filter is unset) are counted together.
 */
export const countFacets = async (
  db: Kysely<Database>,
  search: SearchIndex,
  filter: RecordFilter,
  names: readonly FacetName[],
  /** How many facets one statement may count: D1 refuses a compound SELECT of more than five terms. */
  perStatement = names.length,
  /** 'records' counts the records themselves even where the rollup could (the tests compare). */
  counting: Counting = 'rollup',
): Promise<Facets> => {
  const groups = new Map<string, { filter: RecordFilter; names: FacetName[] }>()
  for (const name of new Set(names)) {
    if (name === 'kind') continue
    const own = withoutOwn(filter, name)
    const key = JSON.stringify(own)
    const group = groups.get(key) ?? { filter: own, names: [] }
    group.names.push(name)
    groups.set(key, group)
  }
  const divisions = names.includes('oblast')
    ? await firstLevelDivisions(db)
    : new Map<string, string>()
  const counted: { name: FacetName; rows: FacetRow[]; size: number; exact: boolean }[] = []
  for (const group of groups.values()) {
    // The rollup's counts are exact however many records match; the records' own are capped.
    const rollup = counting === 'rollup' ? await rollupFilter(db, group.filter) : undefined
    const rows: FacetRow[] = rollup
      ? await rollupFacetRows(db, rollup, group.names, perStatement + 1)
      : []
    if (!rollup)
      for (let i = 0; i < group.names.length; i += Math.max(1, perStatement))
        rows.push(
          ...(await facetRows(db, search, group.filter, group.names.slice(i, i + perStatement))),
        )
    const size = Number(rows.find((r) => r.facet === SIZE)?.n ?? 0)
    const exact = rollup !== undefined || size <= COUNT_CAP
    for (const name of group.names)
      counted.push({
        name,
        // Every place a matched record lies in is counted, and the divisions kept here: a list of
        // them in the statement would make SQLite probe the key once per division per record.
        rows: rows.filter((r) => r.facet === name && (name !== 'oblast' || divisions.has(r.value))),
        size,
        exact,
      })
  }
  const named = await actorNames(db, [
    ...new Set(
      counted
        .filter((c) => c.name === 'attacker' || c.name === 'dataset')
        .flatMap((c) => c.rows.map((r) => r.value)),
    ),
  ])
  const facets: Facets = {}
  for (const { name, rows, size, exact } of counted) {
    const counts = rows.map(
      (r): FacetCount => ({
        value: r.value,
        label: divisions.get(r.value) ?? named.get(r.value) ?? plainLabel(name, r.value),
        count: Number(r.n),
        exact,
      }),
    )
    if (name === 'disputed') {
      const disputed = counts[0]?.count ?? 0
      counts.splice(0, counts.length)
      for (const [value, count] of [
        ['true', disputed],
        ['false', size - disputed],
      ] as const)
        if (count > 0) counts.push({ value, label: plainLabel(name, value), count, exact })
    }
    facets[name] = top(counts, exact)
  }
  if (names.includes('kind'))
    facets.kind = await kindCounts(db, search, withoutOwn(filter, 'kind'), counting)
  return facets
}

/**
 * The kind facet as one capped count per kind, each exact up to COUNT_CAP like the total: a
 * sample of the first matches in index order could hold a single kind and hide the others.
 */
const kindCounts = async (
  db: Kysely<Database>,
  search: SearchIndex,
  filter: RecordFilter,
  counting: Counting,
): Promise<FacetCount[]> => {
  const rollup = counting === 'rollup' ? await rollupFilter(db, filter) : undefined
  const counts: FacetCount[] = rollup
    ? (await rollupFacetRows(db, rollup, ['kind']))
        .filter((r) => r.facet === 'kind')
        .map((r) => ({ value: r.value, label: r.value, count: Number(r.n), exact: true }))
    : []
  for (const kind of rollup ? [] : RecordKind.options) {
    const { value, exact } = await countRecords(db, search, { ...filter, kind: [kind] }, counting)
    if (value > 0) counts.push({ value: kind, label: kind, count: value, exact })
  }
  return counts.sort((a, b) => b.count - a.count || String(a.value).localeCompare(String(b.value)))
}
