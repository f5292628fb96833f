import {
  type Actor,
  Actor as ActorSchema,
  type Attack,
  airWarCounts,
  computeDisputes,
  type Place,
  Place as PlaceSchema,
  type Revision,
  SitrepRecord,
  type Source,
  Source as SourceSchema,
  type StoredRecord,
} from '@sitrep/domain'
import type { Insertable, Selectable } from 'kysely'
import { ValidationFailed } from './errors.ts'
import { locationRow } from './map/location-row.ts'
import type { StoredRecordJson } from './parts/record-store.ts'
import { facetRows } from './record-facets.ts'
import {
  casualtyFloor,
  currentTalkStatus,
  dateHull,
  recordActorIds,
  recordPlaceIds,
  searchBody,
  UNDATED,
} from './record-index.ts'
import { statementColumns, statsColumns } from './stats-columns.ts'
import type { RecordActorsTable } from './tables/record-actors.table.ts'
import type { RecordAirWarTable } from './tables/record-air-war.table.ts'
import type { RecordDisputesTable } from './tables/record-disputes.table.ts'
import type { RecordFacetsTable } from './tables/record-facets.table.ts'
import type { RecordLocationsTable } from './tables/record-locations.table.ts'
import type { RecordSourcesTable } from './tables/record-sources.table.ts'
import type { RecordsTable } from './tables/records.table.ts'
import type { RevisionsTable } from './tables/revisions.table.ts'

/** Everything one record writes besides its revision. */
export interface RecordRows {
  record: Insertable<RecordsTable>
  /** The places the record names; `placeRowsOf` adds those enclosing them. */
  placeIds: string[]
  /** The record, when it is an attack with casualty counts: its place rows carry its toll. */
  tolled?: Attack
  actors: RecordActorsTable[]
  sources: RecordSourcesTable[]
  /** Each disputed fact, for the disputes index. */
  disputes: RecordDisputesTable[]
  /** Attacker, weapon classes and datasets, for facets and their filters. */
  facets: RecordFacetsTable[]
  /** An attack's launched and intercepted counts per weapon class, for the air war figures. */
  airWar: RecordAirWarTable[]
  /** Where it happened, for maps; none when no source or named place says. */
  location: RecordLocationsTable | undefined
  search: { title: string; body: string }
}

const daysBetween = (start: string, end: string): number =>
  Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000)

export interface RecordStamp {
  version: number
  createdAt: string
  updatedAt: string
}

export const toRecordRows = (record: SitrepRecord, stamp: RecordStamp): RecordRows => {
  const hull = dateHull(record)
  const killed_low = casualtyFloor(record, 'killed')
  const injured_low = casualtyFloor(record, 'injured')
  return {
    record: {
      id: record.id,
      kind: record.kind,
      title: record.title,
      status: currentTalkStatus(record),
      stage: record.kind === 'aid' ? record.stage : null,
      category: record.kind === 'aid' ? record.category : null,
      date_start: hull.start,
      date_end: hull.end,
      date_span: hull.start && hull.end ? daysBetween(hull.start, hull.end) : null,
      sort_date: hull.start ?? UNDATED,
      killed_low,
      injured_low,
      ...statsColumns(record),
      ...statementColumns(record),
      doc: JSON.stringify(record),
      version: stamp.version,
      created_at: stamp.createdAt,
      updated_at: stamp.updatedAt,
      deleted_at: null,
    },
    placeIds: recordPlaceIds(record),
    ...(record.kind === 'attack' && (killed_low !== null || injured_low !== null)
      ? { tolled: record }
      : {}),
    actors: recordActorIds(record).map((actor_id) => ({ record_id: record.id, actor_id })),
    sources: [...new Set(record.claims.map((claim) => claim.sourceId))].map((source_id) => ({
      source_id,
      record_id: record.id,
    })),
    disputes: disputeRows(record, hull.start ?? UNDATED),
    facets: facetRows(record),
    airWar: airWarRows(record),
    location: locationRow(record, hull),
    search: { title: record.title, body: searchBody(record) },
  }
}

/** The record's disputed facts as index rows; sources only tell origins apart, not disputes. */
export const disputeRows = (record: SitrepRecord, sortDate: string): RecordDisputesTable[] =>
  computeDisputes(record).map((d) => ({
    record_id: record.id,
    fact: d.fact,
    fact_key: d.key,
    kind: record.kind,
    sort_date: sortDate,
  }))

/** An attack's air war rows; other kinds, and attacks that count no launches, have none. */
export const airWarRows = (record: SitrepRecord): RecordAirWarTable[] =>
  record.kind === 'attack' &&
  record.claims.some((c) => c.fact === 'launched' || c.fact === 'intercepted')
    ? airWarCounts(record).map((c) => ({
        record_id: record.id,
        attacker_id: record.attackerId,
        weapon_class: c.weaponClass,
        launched: c.launched,
        intercepted: c.intercepted,
      }))
    : []

export type StoredRow = Pick<
  Selectable<RecordsTable>,
  'doc' | 'version' | 'created_at' | 'updated_at' | 'deleted_at'
>

/** Rows are re-validated on the way out: a row another tool wrote must not reach the API raw. */
const parseDoc = <T>(schema: { parse: (v: unknown) => T }, doc: string, what: string): T => {
  try {
    return schema.parse(JSON.parse(doc))
  } catch (error) {
    throw new ValidationFailed(`stored ${what} does not match the domain schema`, [
      { path: '', message: error instanceof Error ? error.message : String(error) },
    ])
  }
}

const toMeta = (row: StoredRow): StoredRecord['meta'] => ({
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  ...(row.deleted_at ? { deletedAt: row.deleted_at } : {}),
})

export const toStoredRecord = (row: StoredRow): StoredRecord => ({
  record: parseDoc(SitrepRecord, row.doc, 'record'),
  meta: toMeta(row),
})

/**
 * The stored record as the JSON text `JSON.stringify(toStoredRecord(row))` gives, without the
 * round trip: the document is the text of a record validated when this store wrote it
 * (toRecordRows), so parsing, validating and stringifying it again would give the same bytes
 * back (records.test.ts holds both paths to that). A profile of the records list put that round
 * trip at a third of the request. Only for reads the API answers; everything that computes with
 * a record still reads it through toStoredRecord.
 */
export const toStoredRecordJson = (row: StoredRow): StoredRecordJson =>
  `{"record":${row.doc},"meta":${JSON.stringify(toMeta(row))}}` as StoredRecordJson

export const toRevision = (row: Selectable<RevisionsTable>): Revision => ({
  recordId: row.record_id,
  version: row.version,
  operation: row.operation,
  record: parseDoc(SitrepRecord, row.doc, 'revision'),
  by: row.by,
  ...(row.reason !== null ? { reason: row.reason } : {}),
  at: row.at,
})

export const toSource = (row: { doc: string }): Source => parseDoc(SourceSchema, row.doc, 'source')
export const toActor = (row: { doc: string }): Actor => parseDoc(ActorSchema, row.doc, 'actor')
export const toPlace = (row: { doc: string }): Place => parseDoc(PlaceSchema, row.doc, 'place')
