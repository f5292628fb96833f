import { type Kysely, sql } from 'kysely'
import { chunk } from '../chunk.ts'
import type { Database } from '../database.ts'
import { storedFingerprint } from '../dictionary-version.ts'
import type { RecordRows } from '../mappers.ts'
import { rowsPerStatement } from '../parameter-budget.ts'
import { listPlaces } from '../queries/dictionaries.ts'
import type { RecordPlacesTable } from '../tables/record-places.table.ts'
import {
  CONTRIBUTION_COLUMNS,
  type Contribution,
  ROLLUP_COLUMNS,
  RollupChanges,
} from './contribution.ts'
import { addToFacetDays } from './facet-days.ts'

/**
 * Adds each change to its rollup row, creating the row when missing: one upsert per table and
 * chunk, `on conflict … do update set n = n + excluded.n` on SQLite, D1 and PostgreSQL alike.
 * Additions commute, so the order of the writes in a transaction (or D1's queue) does not matter.
 */
export const applyRollupChanges = async (
  db: Kysely<Database>,
  changes: RollupChanges,
): Promise<void> => {
  for (const [table, deltas] of changes.byTable()) {
    const { keys, counters } = ROLLUP_COLUMNS[table]
    const columns = [...keys, ...counters]
    for (const part of chunk(deltas, rowsPerStatement(db, columns.length))) {
      const values = part.map(
        (d) => sql`(${sql.join([...d.key, ...d.counters].map((v) => sql.val(v)))})`,
      )
      const additions = counters.map(
        (c) => sql`${sql.ref(c)} = ${sql.ref(`${table}.${c}`)} + excluded.${sql.ref(c)}`,
      )
      await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
        values ${sql.join(values)}
        on conflict (${sql.join(keys.map((k) => sql.ref(k)))}) do update set ${sql.join(additions)}`.execute(
        db,
      )
    }
  }
}

const regionsByFingerprint = new Map<string, ReadonlySet<string>>()

/**
 * The gazetteer's regions, whose rows the per-region rollup keeps. Read once per version of the
 * dictionaries (their fingerprint changes with every reload), not on every write.
 */
export const regionIds = async (db: Kysely<Database>): Promise<ReadonlySet<string>> => {
  const fingerprint = await storedFingerprint(db)
  const held = fingerprint === undefined ? undefined : regionsByFingerprint.get(fingerprint)
  if (held) return held
  const regions = new Set(
    (await listPlaces(db)).filter((p) => p.kind === 'region').map((p) => p.id),
  )
  if (fingerprint !== undefined) regionsByFingerprint.set(fingerprint, regions)
  return regions
}

/** What a record about to be written adds: its rows as built, its region rows as written. */
export const contributionOf = (
  rows: RecordRows,
  regionRows: readonly RecordPlacesTable[],
): Contribution => {
  const r = rows.record
  return {
    record: {
      kind: r.kind,
      sort_date: r.sort_date,
      killed_low: r.killed_low ?? null,
      killed_high: r.killed_high ?? null,
      injured_low: r.injured_low ?? null,
      injured_high: r.injured_high ?? null,
      stage: r.stage ?? null,
      category: r.category ?? null,
      eur_floor: r.eur_floor ?? null,
      donors: r.donors ?? null,
      status: r.status ?? null,
      speaker_id: r.speaker_id ?? null,
      channel: r.channel ?? null,
    },
    regions: regionRows,
    airWar: rows.airWar,
    disputes: rows.disputes,
  }
}

/** Each record's rows among `places` that are regions. */
export const regionRowsByRecord = async (
  db: Kysely<Database>,
  places: readonly RecordPlacesTable[],
): Promise<Map<string, RecordPlacesTable[]>> => {
  const regions = await regionIds(db)
  const byRecord = new Map<string, RecordPlacesTable[]>()
  for (const p of places) {
    if (!regions.has(p.place_id)) continue
    const list = byRecord.get(p.record_id)
    if (list) list.push(p)
    else byRecord.set(p.record_id, [p])
  }
  return byRecord
}

/** New records' contributions added to the rollups, in the caller's transaction. */
export const addToRollups = async (
  db: Kysely<Database>,
  all: readonly RecordRows[],
  places: readonly RecordPlacesTable[],
): Promise<void> => {
  const regionRows = await regionRowsByRecord(db, places)
  const changes = new RollupChanges()
  for (const rows of all) changes.add(contributionOf(rows, regionRows.get(rows.record.id) ?? []), 1)
  await applyRollupChanges(db, changes)
  await addToFacetDays(
    db,
    all.map((rows) => rows.record.id),
  )
}

/**
 * Takes contributions read before a write out of the rollups and adds the record's new one (none
 * for a delete). An update that moves no figure changes no rollup row.
 */
export const replaceInRollups = async (
  db: Kysely<Database>,
  before: readonly Contribution[],
  after?: { rows: RecordRows; places: readonly RecordPlacesTable[] },
): Promise<void> => {
  const changes = new RollupChanges()
  for (const c of before) changes.add(c, -1)
  if (after) {
    const regionRows = await regionRowsByRecord(db, after.places)
    changes.add(contributionOf(after.rows, regionRows.get(after.rows.record.id) ?? []), 1)
  }
  await applyRollupChanges(db, changes)
  // The record was counted out of facet_days before the write (takeFromFacetDays).
  if (after) await addToFacetDays(db, [after.rows.record.id])
}

/**
 * What live records now contribute, read from their stored rows before a write replaces or
 * deletes them. Tombstones contribute nothing and are left out.
 */
export const storedContributions = async (
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Contribution[]> => {
  if (ids.length === 0) return []
  const records = await db
    .selectFrom('records')
    .select(CONTRIBUTION_COLUMNS)
    .where('records.id', 'in', ids)
    .where('records.deleted_at', 'is', null)
    .execute()
  if (records.length === 0) return []
  const live = records.map((r) => r.id)
  const regions = await regionIds(db)
  // The region test is made here rather than bound into the query: with Russia's subjects the
  // gazetteer has over 100 regions, more parameters than D1 binds in one statement.
  const places =
    regions.size === 0
      ? []
      : (
          await db
            .selectFrom('record_places')
            .select([
              'record_places.record_id',
              'record_places.place_id',
              'record_places.killed_low',
              'record_places.injured_low',
            ])
            .where('record_places.record_id', 'in', live)
            .execute()
        ).filter((p) => regions.has(p.place_id))
  const airWar = await db
    .selectFrom('record_air_war')
    .selectAll()
    .where('record_air_war.record_id', 'in', live)
    .execute()
  const disputes = await db
    .selectFrom('record_disputes')
    .select(['record_disputes.record_id', 'record_disputes.fact'])
    .where('record_disputes.record_id', 'in', live)
    .execute()
  return records.map(({ id, ...record }) => ({
    record,
    regions: places.filter((p) => p.record_id === id),
    airWar: airWar.filter((a) => a.record_id === id),
    disputes: disputes.filter((d) => d.record_id === id),
  }))
}
