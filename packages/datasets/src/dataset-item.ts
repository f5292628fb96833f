import type { SitrepRecord, Source } from '@sitrep/domain'

/** One record a dataset yields, with the sources its evidence points at and the rows behind it. */
export interface DatasetRecord {
  /** The file lines the record was built from, for summaries and rejections. */
  readonly lines: readonly number[]
  readonly sources: readonly Source[]
  readonly record: SitrepRecord
}

/** A row that became no record, and why: nothing is dropped without a reason. */
export interface RowOutcome {
  readonly line: number
  readonly reason: string
}

export interface MappedDataset {
  readonly rowsRead: number
  readonly records: DatasetRecord[]
  /** Rows that could not be read (bad dates, no counts). */
  readonly rejected: RowOutcome[]
  /** Rows read fine that describe no kind of record sitrep keeps (troop presence, arrests). */
  readonly skipped: RowOutcome[]
  /** Rows kept whose cells were partly unreadable (a count that is not a number). */
  readonly warnings: RowOutcome[]
}

export type DatasetFormat = 'air-force' | 'cir-events' | 'acled'
