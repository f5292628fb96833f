import { createReadStream } from 'node:fs'
import { places } from '@sitrep/domain'
import BetterSqlite3 from 'better-sqlite3'
import { SQLITE_PERFORMANCE_PRAGMAS } from '../../src/dialects/sqlite.ts'
import { readLines } from '../../src/import/lines.ts'
import { type RecordRows, toRecordRows } from '../../src/mappers.ts'
import { ancestorsFrom, placeRowsOf } from '../../src/place-rows.ts'
import { placeAncestry } from '../../src/queries/dictionaries.ts'

/** User plus system CPU time of this process since `start`: wall time on a shared machine lies. */
export const cpuSecondsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1e6
}

/**
 * What the floor writes: every row (the floor proper), only the `records` row (what one table
 * with its indexes costs), or nothing (reading, parsing and mapping alone). The two partial
 * runs are ceilings: no importer that writes evidence, revisions and the search index can go
 * faster than either.
 */
export type FloorRows = 'all' | 'records' | 'none'

/**
 * The floor the issue asks the importer to be measured against: the same rows written by a
 * hand-written better-sqlite3 loop with prepared statements, no validation and no query builder.
 * It writes into a store-migrated file so that tables, indexes and the FTS5 index are identical.
 */
export const floorImport = async (
  file: string,
  dbFile: string,
  batchSize: number,
  rowsWritten: FloorRows = 'all',
) => {
  const db = new BetterSqlite3(dbFile)
  db.pragma('journal_mode = WAL')
  // The store's settings for an import batch, so the two differ only in the code that writes.
  db.pragma('synchronous = OFF')
  for (const pragma of SQLITE_PERFORMANCE_PRAGMAS) db.pragma(pragma)
  // Every column the store writes, the stats columns included.
  const record = db.prepare(
    `insert into records (id, kind, title, status, stage, category, date_start, date_end, date_span, sort_date,
      killed_low, injured_low, killed_high, injured_high, eur_floor, donors, speaker_id, channel, doc,
      version, created_at, updated_at, deleted_at)
     values (@id, @kind, @title, @status, @stage, @category, @date_start, @date_end, @date_span, @sort_date,
      @killed_low, @injured_low, @killed_high, @injured_high, @eur_floor, @donors, @speaker_id, @channel,
      @doc, @version, @created_at, @updated_at, @deleted_at)`,
  )
  const place = db.prepare(
    `insert into record_places (record_id, place_id, kind, sort_date, direct, killed_low, injured_low)
     values (?, ?, ?, ?, ?, ?, ?)`,
  )
  const ancestorsOf = ancestorsFrom(placeAncestry(places))
  const actor = db.prepare('insert into record_actors (record_id, actor_id) values (?, ?)')
  const source = db.prepare('insert into record_sources (source_id, record_id) values (?, ?)')
  const revision = db.prepare(
    `insert into revisions (record_id, version, operation, doc, by, reason, at) values (?, 1, 'create', ?, 'floor', null, ?)`,
  )
  const search = db.prepare('insert into record_search (rowid, title, body) values (?, ?, ?)')
  const writeBatch = db.transaction((batch: RecordRows[]) => {
    for (const rows of batch) {
      const { lastInsertRowid } = record.run(rows.record)
      if (rowsWritten === 'records') continue
      for (const p of placeRowsOf(rows, ancestorsOf))
        place.run(
          p.record_id,
          p.place_id,
          p.kind,
          p.sort_date,
          p.direct,
          p.killed_low,
          p.injured_low,
        )
      for (const a of rows.actors) actor.run(a.record_id, a.actor_id)
      for (const s of rows.sources) source.run(s.source_id, s.record_id)
      revision.run(rows.record.id, rows.record.doc, rows.record.created_at)
      search.run(lastInsertRowid, rows.search.title, rows.search.body)
    }
  })
  const write = (batch: RecordRows[]) => {
    if (rowsWritten !== 'none') writeBatch(batch)
  }
  const now = new Date().toISOString()
  let batch: RecordRows[] = []
  let count = 0
  const cpu = process.cpuUsage()
  const started = performance.now()
  for await (const line of readLines(createReadStream(file))) {
    if (!line.text) continue
    batch.push(toRecordRows(JSON.parse(line.text), { version: 1, createdAt: now, updatedAt: now }))
    if (batch.length >= batchSize) {
      write(batch)
      count += batch.length
      batch = []
    }
  }
  write(batch)
  count += batch.length
  const seconds = (performance.now() - started) / 1000
  const cpuSeconds = cpuSecondsSince(cpu)
  db.close()
  return {
    records: count,
    seconds,
    perSecond: count / seconds,
    cpuSeconds,
    perCpuSecond: count / cpuSeconds,
  }
}
