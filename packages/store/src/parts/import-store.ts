import { SitrepRecord, Source, type WriteContext } from '@sitrep/domain'
import { z } from 'zod'
import { applyDatasetWrite, type DatasetWrite } from '../dataset-writes.ts'
import { validate } from '../validate.ts'
import { importRecords } from '../write-records.ts'
import type { StoreContext } from './context.ts'
import { readBaseVersion, readWriteContext } from './inputs.ts'

/** Why a line was refused, as a summary counts them. */
export type RejectionCode =
  | 'invalid-json'
  | 'invalid-csv'
  | 'invalid-record'
  | 'repeated-id'
  | 'id-taken'

export interface ImportRejection {
  /** Index into the batch passed to `importRecords`. */
  index: number
  id?: string
  code: RejectionCode
  reason: string
}

export interface ImportBatchResult {
  created: number
  /** Records identical to the live record already stored under their id: nothing to write. */
  unchanged: number
  rejected: ImportRejection[]
}

/**
 * Records by the thousand: files and datasets, a batch per transaction, written the fast way the
 * dialect offers (on SQLite, prepared statements and a relaxed fsync).
 */
export interface ImportStore {
  /**
   * Creates many records in one transaction. Invalid records and taken ids are rejected by
   * index and skipped; a record identical to the one stored under its id is counted unchanged;
   * the others are written whole.
   */
  importRecords(records: readonly unknown[], ctx: WriteContext): Promise<ImportBatchResult>
  /**
   * A dataset import batch in one transaction: sources upserted, records created (bad or taken
   * ids rejected by index) and records updated as new revisions (fusion, changed rows, splits).
   */
  applyDatasetWrite(input: DatasetWrite, ctx: WriteContext): Promise<ImportBatchResult>
}

export const createImportStore = ({ search, bulk, now }: StoreContext): ImportStore => ({
  async importRecords(records, ctx) {
    const c = readWriteContext(ctx)
    const result = await bulk.transact((trx) =>
      importRecords(trx, search, records, c, now(), bulk.insertRecords),
    )
    await bulk.afterWrite()
    return result
  },

  async applyDatasetWrite(input, ctx) {
    const sources = validate(z.array(Source), input.sources, 'sources')
    const updated = validate(
      z.array(SitrepRecord),
      input.updates.map((u) => u.record),
      'records',
    )
    const updates = updated.map((record, i) => ({
      record,
      baseVersion: readBaseVersion(input.updates[i]?.baseVersion),
    }))
    const c = readWriteContext(ctx)
    const result = await bulk.transact((trx) =>
      applyDatasetWrite(
        trx,
        search,
        { sources, creates: input.creates, updates },
        c,
        now(),
        bulk.insertRecords,
      ),
    )
    await bulk.afterWrite()
    return result
  },
})
