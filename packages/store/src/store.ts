import type {
  Actor,
  ApiKeyInfo,
  ApiRole,
  Change,
  DailyCasualties,
  HeldSource,
  HeldSourceQuery,
  PageRequest,
  Place,
  RecordFilter,
  RecordId,
  Revision,
  SitrepRecord,
  Source,
  SourceId,
  Stats,
  StoredRecord,
  WriteContext,
} from '@sitrep/domain'

import type { DatasetWrite } from './dataset-writes.ts'
import type { IngestWrite, IngestWritten } from './publish-ingest.ts'

export type Engine = 'sqlite' | 'postgres' | 'd1'

export interface RecordPage {
  items: StoredRecord[]
  /** Present when more rows follow; pass it back unchanged as `PageRequest.cursor`. */
  nextCursor?: string
}

export interface GetRecordOptions {
  /** Return a tombstoned record instead of throwing NotFound (its `meta.deletedAt` is set). */
  includeDeleted?: boolean
}

export interface Dictionaries {
  places: readonly Place[]
  actors: readonly Actor[]
}

/** What `seed` loads on first start: the seed article's sources and records, and dictionaries. */
export interface SeedDataset {
  sources: readonly Source[]
  records: readonly SitrepRecord[]
  places?: readonly Place[]
  actors?: readonly Actor[]
}

export interface ImportRejection {
  /** Index into the batch passed to `importRecords`. */
  index: number
  id?: string
  reason: string
}

export interface ImportBatchResult {
  created: number
  rejected: ImportRejection[]
}

/**
 * Persistence for sitrep, one interface over SQLite, PostgreSQL and D1. Reads return domain
 * types, validated on the way out; writes validate on the way in, write a revision, and are one
 * transaction each. Failures are the typed errors of errors.ts.
 */
export interface Store {
  readonly engine: Engine

  /** Ordered by the record's date (`filter.sort`, default ascending) then id; `q` delegates to search. */
  listRecords(filter: RecordFilter, page: PageRequest): Promise<RecordPage>
  /** Throws NotFound when absent or tombstoned (unless `includeDeleted`). */
  getRecord(id: RecordId, options?: GetRecordOptions): Promise<StoredRecord>
  /** Throws Conflict when the id exists, tombstoned or not. */
  createRecord(record: SitrepRecord, ctx: WriteContext): Promise<StoredRecord>
  /** Throws StaleVersion when `baseVersion` is not the current version. */
  updateRecord(
    id: RecordId,
    record: SitrepRecord,
    baseVersion: number,
    ctx: WriteContext,
  ): Promise<StoredRecord>
  /** Tombstones the record and writes a revision; `baseVersion` is checked when given. */
  deleteRecord(id: RecordId, baseVersion: number | undefined, ctx: WriteContext): Promise<void>
  /**
   * Brings a tombstoned record back as it was before its deletion, as a new revision.
   * `baseVersion` is the tombstone's version; NotFound when the id is unknown or not deleted.
   */
  restoreRecord(id: RecordId, baseVersion: number, ctx: WriteContext): Promise<StoredRecord>
  /** Every revision, oldest first, tombstoned records included. Throws NotFound for unknown ids. */
  history(id: RecordId): Promise<Revision[]>
  /** Ranked full-text search over titles, summaries, statement text and evidence quotes. */
  search(q: string, filter: RecordFilter, page: PageRequest): Promise<RecordPage>

  /** Attacks' casualty floors summed per day, for the filter (its `kind` is ignored). */
  casualtiesByDay(filter: RecordFilter): Promise<DailyCasualties[]>

  listSources(): Promise<Source[]>
  getSource(id: SourceId): Promise<Source>
  upsertSource(source: Source): Promise<Source>
  /**
   * The source already held for an article, by its canonical URL, its normalised text or, for a
   * syndicated or lightly edited copy, MinHash near-duplicate (an indexed band-key lookup).
   * A near-duplicate names the original when the match is itself a copy (`copyOf`).
   */
  findHeldSource(query: HeldSourceQuery): Promise<HeldSource | undefined>

  listActors(): Promise<Actor[]>
  listPlaces(): Promise<Place[]>
  /** Replaces the gazetteer and actor dictionary (and the place hierarchy the filters use). */
  loadDictionaries(dictionaries: Dictionaries): Promise<void>

  /**
   * Creates many records in one transaction. Invalid records and taken ids are rejected by
   * index and skipped; the others are written whole. Used by import and seeding.
   */
  importRecords(records: readonly unknown[], ctx: WriteContext): Promise<ImportBatchResult>
  /**
   * Loads the dataset's records and sources once, atomically; later calls return false and leave
   * them alone. The dictionaries, which ship with the code, are reloaded whenever they changed.
   */
  seed(dataset: SeedDataset): Promise<boolean>

  /**
   * Publishes an ingested article in one transaction: its source, the accepted new records, and
   * the evidence added to records it matched (claims already held are not added twice).
   */
  publishIngest(input: IngestWrite, ctx: WriteContext): Promise<IngestWritten>

  /** Live records holding evidence from any of the sources (where a dataset's rows went). */
  recordsWithSources(sourceIds: readonly SourceId[]): Promise<StoredRecord[]>
  /**
   * A dataset import batch in one transaction: sources upserted, records created (bad or taken
   * ids rejected by index) and records updated as new revisions (fusion, changed rows, splits).
   */
  applyDatasetWrite(input: DatasetWrite, ctx: WriteContext): Promise<ImportBatchResult>

  /** Attacks and casualty bands per day and per region, aid in euros, talks by status. */
  stats(filter: RecordFilter): Promise<Stats>

  /** Writes after change `after` (a `Change.seq`), oldest first, at most `limit`. */
  changesSince(after: number, limit: number): Promise<Change[]>
  /** The newest change's `seq`; 0 when nothing was ever written. */
  latestChange(): Promise<number>

  /** A new API key; the returned `key` string is the only copy of the secret. */
  createApiKey(input: { role: ApiRole; label: string }): Promise<{ info: ApiKeyInfo; key: string }>
  listApiKeys(): Promise<ApiKeyInfo[]>
  /** Throws NotFound for an unknown id; revoking twice is harmless. */
  revokeApiKey(id: string): Promise<void>
  /** The live key a presented key string belongs to; unknown, wrong and revoked all give undefined. */
  findApiKey(key: string): Promise<ApiKeyInfo | undefined>

  close(): Promise<void>
}
