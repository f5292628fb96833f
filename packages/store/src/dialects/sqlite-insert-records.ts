import type BetterSqlite3 from 'better-sqlite3'
import { countInMonths } from '../map/map-months.ts'
import { placeRowsOf } from '../place-rows.ts'
import type { InsertRecords } from '../queries/record-writes.ts'
import { addToRollups } from '../rollups/write-rollups.ts'
import { searchKeySql } from '../search/search-key.ts'
import type { RecordLocationsTable } from '../tables/record-locations.table.ts'
import type { RecordPlacesTable } from '../tables/record-places.table.ts'

/**
 * The SQLite bulk path for new records: the rows `queries/record-writes.ts` writes through Kysely,
 * written here with statements prepared once. At a batch of thousands of records, building and
 * compiling multi-row inserts and preparing their SQL anew cost more than SQLite's own work.
 *
 * It runs on the connection Kysely's SQLite driver wraps (a single better-sqlite3 handle), so its
 * statements land in the transaction the store opened through Kysely: the same atomicity, the
 * same rows, only fewer layers. The FTS5 row is keyed by the record's sort day and `seq`, as in
 * `search/sqlite-search.ts`; here the seq is the insert's rowid instead of a lookup.
 */
export const sqliteInsertRecords = (sqlite: BetterSqlite3.Database): InsertRecords => {
  let statements: ReturnType<typeof prepare> | undefined
  const prepare = () => ({
    record: sqlite.prepare(
      `insert into records (id, kind, title, status, stage, category, date_start, date_end, date_span,
        sort_date, killed_low, injured_low, killed_high, injured_high, eur_floor, donors, speaker_id,
        channel, doc, version, created_at, updated_at, deleted_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    place: sqlite.prepare(
      `insert into record_places (record_id, place_id, kind, sort_date, direct, killed_low, injured_low)
       values (?, ?, ?, ?, ?, ?, ?)`,
    ),
    ancestors: sqlite
      .prepare(
        'select ancestor_id from place_ancestors where place_id = ? and ancestor_id <> place_id',
      )
      .pluck(),
    actor: sqlite.prepare('insert into record_actors (record_id, actor_id) values (?, ?)'),
    source: sqlite.prepare('insert into record_sources (source_id, record_id) values (?, ?)'),
    dispute: sqlite.prepare(
      'insert into record_disputes (record_id, fact, fact_key, kind, sort_date) values (?, ?, ?, ?, ?)',
    ),
    facet: sqlite.prepare('insert into record_facets (record_id, facet, value) values (?, ?, ?)'),
    airWar: sqlite.prepare(
      'insert into record_air_war (record_id, attacker_id, weapon_class, launched, intercepted) values (?, ?, ?, ?, ?)',
    ),
    location: sqlite.prepare(
      `insert into record_locations (record_id, kind, date_start, date_end, lat, lon, precision, origin,
        place_id, region_id, cell, attacker_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    revision: sqlite.prepare(
      'insert into revisions (record_id, version, operation, doc, by, reason, at) values (?, ?, ?, ?, ?, ?, ?)',
    ),
    search: sqlite.prepare(
      `insert into record_search (rowid, title, body) values (${searchKeySql('?', '?')}, ?, ?)`,
    ),
  })

  return async (db, _search, all, revisions, known) => {
    statements ??= prepare()
    const s = statements
    // Read per batch, not cached across them: loadDictionaries may change the gazetteer.
    const enclosing = new Map<string, string[]>()
    const ancestorsOf = (placeId: string): readonly string[] => {
      if (known) return known(placeId)
      let found = enclosing.get(placeId)
      if (!found) {
        found = s.ancestors.all(placeId) as string[]
        enclosing.set(placeId, found)
      }
      return found
    }
    const written: RecordPlacesTable[] = []
    const located: RecordLocationsTable[] = []
    for (const rows of all) {
      const r = rows.record
      const { lastInsertRowid } = s.record.run(
        r.id,
        r.kind,
        r.title,
        r.status ?? null,
        r.stage ?? null,
        r.category ?? null,
        r.date_start ?? null,
        r.date_end ?? null,
        r.date_span ?? null,
        r.sort_date,
        r.killed_low ?? null,
        r.injured_low ?? null,
        r.killed_high ?? null,
        r.injured_high ?? null,
        r.eur_floor ?? null,
        r.donors ?? null,
        r.speaker_id ?? null,
        r.channel ?? null,
        r.doc,
        r.version,
        r.created_at,
        r.updated_at,
        r.deleted_at ?? null,
      )
      const places = placeRowsOf(rows, ancestorsOf)
      written.push(...places)
      for (const p of places)
        s.place.run(
          p.record_id,
          p.place_id,
          p.kind,
          p.sort_date,
          p.direct,
          p.killed_low,
          p.injured_low,
        )
      for (const a of rows.actors) s.actor.run(a.record_id, a.actor_id)
      for (const source of rows.sources) s.source.run(source.source_id, source.record_id)
      for (const d of rows.disputes)
        s.dispute.run(d.record_id, d.fact, d.fact_key, d.kind, d.sort_date)
      for (const f of rows.facets) s.facet.run(f.record_id, f.facet, f.value)
      for (const a of rows.airWar)
        s.airWar.run(a.record_id, a.attacker_id, a.weapon_class, a.launched, a.intercepted)
      const l = rows.location
      if (l) {
        located.push(l)
        s.location.run(
          l.record_id,
          l.kind,
          l.date_start,
          l.date_end,
          l.lat,
          l.lon,
          l.precision,
          l.origin,
          l.place_id,
          l.region_id,
          l.cell,
          l.attacker_id,
        )
      }
      s.search.run(r.sort_date, lastInsertRowid, rows.search.title, rows.search.body)
    }
    for (const v of revisions) {
      s.revision.run(v.record_id, v.version, v.operation, v.doc, v.by, v.reason ?? null, v.at)
    }
    // Through Kysely on the same connection: a batch's rollup rows are a few hundred upserts.
    await addToRollups(db, all, written)
    await countInMonths(db, located, 1)
  }
}
