import { type FacetName, type RecordFilter, RecordKind } from '@sitrep/domain'
import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely'
import type { Database } from '../database.ts'
import { dateWindow } from './date-window.ts'
import { type FacetRow, SIZE } from './facet-row.ts'
import { memoByGeneration } from './generation-memo.ts'
import type { DateWindow } from './record-filter.ts'
import { type RollupSpan, rollupSpans } from './rollup-spans.ts'

/** The filters `facet_days` has a key for; `sort` orders a list and changes no count. */
const ROLLUP_FILTERS: ReadonlySet<string> = new Set([
  'kind',
  'from',
  'to',
  'placeId',
  'attackerId',
  'disputed',
  'sort',
])

/** A filter `facet_days` can answer, with the lower bound of start days its `from` implies. */
export interface RollupFilter {
  filter: RecordFilter
  window: DateWindow
}

/**
 * A country or first-level division (a place whose parent is a country): the places a row of
 * `facet_days` is kept under. One lookup by key.
 */
const isRollupPlace = (db: Kysely<Database>, placeId: string): Promise<boolean> =>
  memoByGeneration(db, `rollup-place:${placeId}`, () => placeIsRegion(db, placeId))

const placeIsRegion = async (db: Kysely<Database>, placeId: string): Promise<boolean> => {
  const row = await db
    .selectFrom('places as p')
    .leftJoin('places as parent', 'parent.id', 'p.parent_id')
    .select('p.id')
    .where('p.id', '=', placeId)
    .where((eb) => eb.or([eb('p.parent_id', 'is', null), eb('parent.parent_id', 'is', null)]))
    .executeTakeFirst()
  return row !== undefined
}

/**
 * The filter as `facet_days` answers it, or undefined when it names what the rollup has no key
 * for (free text, an actor, a source, a weapon class, a dataset, a talk's status, a settlement):
 * the caller then counts the records themselves.
 */
export const rollupFilter = async (
  db: Kysely<Database>,
  filter: RecordFilter,
): Promise<RollupFilter | undefined> => {
  for (const [key, value] of Object.entries(filter))
    if (value !== undefined && !ROLLUP_FILTERS.has(key)) return undefined
  if (filter.placeId !== undefined && !(await isRollupPlace(db, filter.placeId))) return undefined
  return { filter, window: await dateWindow(db, filter) }
}

type RollupTable = 'facet_days' | 'facet_months'

/**
 * The rows of `facet` within `span` that the filter's records added. Every kind is named even
 * when none is filtered, so each kind's days (or months) are one range of the primary key. Only
 * the daily rows hold the end day, compared with `from` as the records' own filter does.
 */
const spanWhere =
  <T extends RollupTable>({ filter }: RollupFilter, facet: string, span: RollupSpan) =>
  (eb: ExpressionBuilder<Database, T>): Expression<SqlBool> => {
    const column = (name: string) => sql.ref<string>(`${span.table}.${name}`)
    const kinds = filter.kind?.length ? filter.kind : RecordKind.options
    const conditions: Expression<SqlBool>[] = [
      eb(column('place_id'), '=', filter.placeId ?? ''),
      eb(column('facet'), '=', facet),
      eb(column('kind'), 'in', kinds),
    ]
    const time = column(span.table === 'facet_days' ? 'day' : 'month')
    if (span.from !== undefined) conditions.push(eb(time, '>=', span.from))
    if (span.to !== undefined) conditions.push(eb(time, '<=', span.to))
    if (span.table === 'facet_days' && filter.from)
      conditions.push(eb(column('day_end'), '>=', filter.from))
    if (filter.attackerId) conditions.push(eb(column('attacker_id'), '=', filter.attackerId))
    if (filter.disputed !== undefined)
      conditions.push(eb(sql.ref<number>(`${span.table}.disputed`), '=', filter.disputed ? 1 : 0))
    return eb.and(conditions)
  }

/** The key column a facet read off the record's own rows (facet '') groups by. */
const OWN_COLUMN = { kind: 'kind', attacker: 'attacker_id', disputed: 'disputed' } as const

/**
 * A facet's rows over the filter's spans (whole months, the days at either end) as (value, n),
 * `column` giving the value ('' for the set's size).
 */
const rowsOfSpans = (
  db: Kysely<Database>,
  rollup: RollupFilter,
  facet: string,
  column: 'kind' | 'attacker_id' | 'disputed' | 'value' | undefined,
) => {
  const value = (table: RollupTable) =>
    column === undefined
      ? sql<string>`''`
      : sql<string>`cast(${sql.ref(`${table}.${column}`)} as text)`
  const [first, ...rest] = rollupSpans(
    rollup.filter.from,
    rollup.filter.to,
    rollup.window.earliestStart,
  ).map((span) =>
    span.table === 'facet_days'
      ? db
          .selectFrom('facet_days')
          .select([value('facet_days').as('value'), 'facet_days.n'])
          .where(spanWhere(rollup, facet, span))
      : db
          .selectFrom('facet_months')
          .select([value('facet_months').as('value'), 'facet_months.n'])
          .where(spanWhere(rollup, facet, span)),
  )
  if (first === undefined) throw new Error('a date filter always has a span')
  return rest.reduce((union, part) => union.unionAll(part), first)
}

/** How many records the filter matches: exact, however many. */
export const rollupTotal = async (db: Kysely<Database>, rollup: RollupFilter): Promise<number> => {
  const row = await db
    .selectFrom(rowsOfSpans(db, rollup, SIZE, undefined).as('u'))
    .select((eb) => eb.fn.sum<number | string | null>('u.n').as('n'))
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/** One term of the compound SELECT: a facet's sums by value, or the set's size (SIZE). */
const facetTerm = (db: Kysely<Database>, rollup: RollupFilter, name: FacetName | typeof SIZE) => {
  const own = name === SIZE || name === 'kind' || name === 'attacker' || name === 'disputed'
  // The oblast facet's rows are kept under place '' only: a place filter never narrows it.
  const { placeId: _place, ...anywhere } = rollup.filter
  const scope = name === 'oblast' ? { ...rollup, filter: anywhere } : rollup
  const column =
    name === SIZE
      ? undefined
      : name === 'kind' || name === 'attacker' || name === 'disputed'
        ? OWN_COLUMN[name]
        : 'value'
  return db
    .selectFrom(rowsOfSpans(db, scope, own ? SIZE : name, column).as('u'))
    .select((eb) => [
      sql.lit(name).as('facet'),
      'u.value',
      eb.fn.sum<number | string>('u.n').as('n'),
    ])
    .groupBy('u.value')
}

/**
 * The matched set's size (a SIZE row) and each facet's counts, in the rows `countFacets` reads,
 * `perStatement` terms to a compound SELECT (D1 refuses more than five). `rollup` is the filter
 * less the facets' own condition. Values that count nothing (a record written and then deleted
 * leaves zeros), records without an attacker and undisputed ones are left out.
 */
export const rollupFacetRows = async (
  db: Kysely<Database>,
  rollup: RollupFilter,
  names: readonly FacetName[],
  perStatement = names.length + 1,
): Promise<FacetRow[]> => {
  const terms: (FacetName | typeof SIZE)[] = [SIZE, ...names]
  const rows: FacetRow[] = []
  for (let i = 0; i < terms.length; i += Math.max(1, perStatement)) {
    const [first, ...rest] = terms.slice(i, i + Math.max(1, perStatement))
    if (first === undefined) continue
    let query = facetTerm(db, rollup, first)
    for (const term of rest) query = query.unionAll(facetTerm(db, rollup, term))
    for (const { facet, value, n } of await query.execute()) {
      const text = facet === 'disputed' ? (value === '1' ? 'true' : 'false') : String(value)
      if (facet !== SIZE && (Number(n) === 0 || text === '' || text === 'false')) continue
      rows.push({ facet, value: text, label: null, n: n ?? 0 })
    }
  }
  return rows
}
