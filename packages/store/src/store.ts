import type { Engine } from './parts/context.ts'
import type { DictionaryStore } from './parts/dictionary-store.ts'
import type { FeedStore } from './parts/feed-store.ts'
import type { ImportStore } from './parts/import-store.ts'
import type { IngestStore } from './parts/ingest-store.ts'
import type { KeyStore } from './parts/key-store.ts'
import type { MapStore } from './parts/map-store.ts'
import type { RecordStore } from './parts/record-store.ts'
import type { SourceStore } from './parts/source-store.ts'
import type { StatsStore } from './parts/stats-store.ts'
import type { SubscriptionStore } from './parts/subscription-store.ts'
import type { SeedDataset, SeedOptions } from './seed.ts'

export type { Engine } from './parts/context.ts'
export type { Dictionaries, DictionaryStore } from './parts/dictionary-store.ts'
export type { FeedStore } from './parts/feed-store.ts'
export type { ImportBatchResult, ImportRejection, ImportStore } from './parts/import-store.ts'
export type { IngestStore } from './parts/ingest-store.ts'
export type { KeyStore } from './parts/key-store.ts'
export type { MapStore } from './parts/map-store.ts'
export type {
  GetRecordOptions,
  RecordJsonPage,
  RecordPage,
  RecordStore,
  StoredRecordJson,
} from './parts/record-store.ts'
export type { SourceStore } from './parts/source-store.ts'
export type { StatsStore } from './parts/stats-store.ts'
export type {
  AttemptOutcome,
  DeliveryTarget,
  FanOutPacing,
  QueuedDelivery,
  RevisionDoc,
  RevisionKey,
  SubscriptionScope,
  SubscriptionStore,
} from './parts/subscription-store.ts'
export type { RecordCount } from './queries/count-records.ts'
export type { DisputeCount, DisputedFact, DisputePage } from './queries/disputes.ts'
export type { SourcePage } from './queries/sources.ts'
export type { ReportedRecord, UndatedReportedQuery } from './queries/undated-reported.ts'
export type { SeedDataset, SeedOptions } from './seed.ts'

/**
 * Persistence for sitrep, one interface over SQLite, PostgreSQL and D1, made of parts with one
 * job each (`src/parts/`); a caller that needs one part takes that part's type. Reads return
 * domain types, validated on the way out; writes validate on the way in, write a revision, and
 * are one transaction each. Failures are the typed errors of errors.ts.
 */
export interface Store
  extends RecordStore,
    SourceStore,
    DictionaryStore,
    ImportStore,
    IngestStore,
    StatsStore,
    MapStore,
    FeedStore,
    KeyStore,
    SubscriptionStore {
  readonly engine: Engine
  /**
   * Loads the dataset's records and sources once, atomically; later calls return false and leave
   * them alone. The dictionaries, which ship with the code, are reloaded whenever they changed.
   */
  seed(dataset: SeedDataset, options?: SeedOptions): Promise<boolean>
  close(): Promise<void>
}
