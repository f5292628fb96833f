import { type Kysely, type RawBuilder, sql } from 'kysely'
import { chunk } from '../chunk.ts'
import type { Database } from '../database.ts'
import { rowsPerStatement } from '../parameter-budget.ts'

const KEYS = [
  'place_id',
  'facet',
  'kind',
  'day',
  'day_end',
  'attacker_id',
  'disputed',
  'value',
] as const

const MONTH_KEYS = [
  'place_id',
  'facet',
  'kind',
  'month',
  'attacker_id',
  'disputed',
  'value',
] as const

/**
 * What the live records `scope` selects (a condition on `records r`) add to `facet_days`, each
 * count times `sign`, as a SELECT of its columns in KEYS order then `n`. One statement that reads
 * the gazetteer itself, so the write path, the derive step and a rebuild after the gazetteer
 * changed count alike, and on D1 it reads a gazetteer rewritten earlier in the same batch.
 *
 * A record counts once under place '' and once under each country or first-level division among
 * its places (record_places holds the enclosing ones), each time once for itself (facet '') and
 * once per weapon class and dataset; and once under place '' per first-level division, for the
 * oblast facet, which a place filter never narrows (a facet is counted without its own filter).
 *
 * The written records lead: `m cross join` (SQLite keeps a cross join's order) and `(column ||
 * '')` (no index on place or facet) stop the planner from starting at every record in Ukraine —
 * one write's contribution at a million records took 1.47 s that way, 0.26 ms from `m` — or from
 * every facet row of a store it has no statistics for (2.7 ms at 5,000 records, growing with
 * them). The same text on PostgreSQL and D1.
 */
const contributions = (scope: RawBuilder<unknown>, sign: 1 | -1) => sql`
  with m as materialized (
    select r.id, r.kind, r.sort_date, coalesce(r.date_end, '') as day_end,
      coalesce((select min(f.value) from record_facets f
        where f.record_id = r.id and f.facet = 'attacker'), '') as attacker_id,
      case when exists (select 1 from record_disputes d where d.record_id = r.id)
        then 1 else 0 end as disputed
    from records r
    where r.deleted_at is null and ${scope}
  ),
  roots as (select p.id from places p where p.parent_id is null),
  divisions as (select p.id from places p where p.parent_id in (select id from roots)),
  dims as (
    select m.id, '' as place_id from m
    union all
    select rp.record_id, rp.place_id from m cross join record_places rp
    where rp.record_id = m.id
      and ((rp.place_id || '') in (select id from roots)
        or (rp.place_id || '') in (select id from divisions))
  ),
  vals as (
    select m.id, '' as facet, '' as value from m
    union all
    select f.record_id, f.facet, f.value from m cross join record_facets f
    where f.record_id = m.id and (f.facet || '') in ('weapon', 'dataset')
  )
  select dims.place_id, vals.facet, m.kind, m.sort_date as day, m.day_end, m.attacker_id,
    m.disputed, vals.value, ${sql.lit(sign)} * count(*) as n
  from m join dims on dims.id = m.id join vals on vals.id = m.id
  group by dims.place_id, vals.facet, m.kind, m.sort_date, m.day_end, m.attacker_id,
    m.disputed, vals.value
  union all
  select '' as place_id, 'oblast' as facet, m.kind, m.sort_date as day, m.day_end, m.attacker_id,
    m.disputed, rp.place_id as value, ${sql.lit(sign)} * count(*) as n
  from m cross join record_places rp
  where rp.record_id = m.id and (rp.place_id || '') in (select id from divisions)
  group by m.kind, m.sort_date, m.day_end, m.attacker_id, m.disputed, rp.place_id`

/**
 * Adds the contributions to their rows, creating missing ones. The SELECT is wrapped so that
 * SQLite does not read `on conflict` as a join's `on`; additions commute, so D1's queue may hold
 * several such statements in any order.
 */
const addToDays = (db: Kysely<Database>, scope: RawBuilder<unknown>, sign: 1 | -1) =>
  sql`insert into facet_days (${sql.join(KEYS.map((k) => sql.ref(k)))}, n)
    select * from (${contributions(scope, sign)}) as c where true
    on conflict (${sql.join(KEYS.map((k) => sql.ref(k)))})
    do update set n = facet_days.n + excluded.n`.execute(db)

const addContributions = async (db: Kysely<Database>, scope: RawBuilder<unknown>, sign: 1 | -1) => {
  await addToDays(db, scope, sign)
  await sql`insert into facet_months (${sql.join(MONTH_KEYS.map((k) => sql.ref(k)))}, n)
    select place_id, facet, kind, substr(day, 1, 7), attacker_id, disputed, value, sum(n)
    from (${contributions(scope, sign)}) as c
    group by place_id, facet, kind, substr(day, 1, 7), attacker_id, disputed, value
    on conflict (${sql.join(MONTH_KEYS.map((k) => sql.ref(k)))})
    do update set n = facet_months.n + excluded.n`.execute(db)
}

/** `facet_months` summed again from `facet_days` in one statement: the derive step's last part. */
export const sumFacetMonths = async (db: Kysely<Database>): Promise<void> => {
  await db.deleteFrom('facet_months').execute()
  await sql`insert into facet_months (${sql.join(MONTH_KEYS.map((k) => sql.ref(k)))}, n)
    select place_id, facet, kind, substr(day, 1, 7), attacker_id, disputed, value, sum(n)
    from facet_days
    group by place_id, facet, kind, substr(day, 1, 7), attacker_id, disputed, value`.execute(db)
}

const idsIn = (ids: readonly string[]) => sql`r.id in (${sql.join(ids.map((id) => sql.val(id)))})`

/** Records just written (their rows and join rows in place) counted in, in the caller's transaction. */
export const addToFacetDays = async (
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<void> => {
  for (const part of chunk(ids, rowsPerStatement(db, 1))) await addContributions(db, idsIn(part), 1)
}

/**
 * A live record counted out before a write replaces or tombstones it, while its rows still say
 * what it added. Only at `version`: a write that lost the race to another changes nothing.
 */
export const takeFromFacetDays = (
  db: Kysely<Database>,
  id: string,
  version: number,
): Promise<void> => addContributions(db, sql`r.id = ${id} and r.version = ${version}`, -1)

/**
 * The live records of a window of seq counted into `facet_days` alone: the derive step walks the
 * table so, then sums the months once (`sumFacetMonths`).
 */
export const addSeqWindowToFacetDays = (
  db: Kysely<Database>,
  after: number,
  through: number,
): Promise<unknown> => addToDays(db, sql`r.seq > ${after} and r.seq <= ${through}`, 1)

/** Every live record counted again, after the gazetteer changed its countries or divisions. */
export const rebuildFacetDays = async (db: Kysely<Database>): Promise<void> => {
  await db.deleteFrom('facet_days').execute()
  await db.deleteFrom('facet_months').execute()
  await addContributions(db, sql`1 = 1`, 1)
}
