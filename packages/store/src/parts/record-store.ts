import {
  FacetName,
  type Facets,
  type PageRequest,
  type RecordFilter,
  type RecordId,
  type Revision,
  SitrepRecord,
  type StoredRecord,
  type WriteContext,
} from '@sitrep/domain'
import { z } from 'zod'
import { NotFound, StaleVersion, WriteRaced } from '../errors.ts'
import { type StoredRow, toStoredRecord, toStoredRecordJson } from '../mappers.ts'
import { countRecords, type RecordCount } from '../queries/count-records.ts'
import {
  countDisputes,
  type DisputeCount,
  type DisputePage,
  listDisputes,
} from '../queries/disputes.ts'
import { countFacets } from '../queries/facets.ts'
import { findRecordRow, listRecords, type RowPage, searchRecords } from '../queries/records.ts'
import { listRevisions } from '../queries/revisions.ts'
import { validate } from '../validate.ts'
import * as writes from '../write-records.ts'
import type { StoreContext } from './context.ts'
import { readBaseVersion, readFilter, readPage, readWriteContext } from './inputs.ts'

export interface RecordPage {
  items: StoredRecord[]
  /** Present when more rows follow; pass it back unchanged as `PageRequest.cursor`. */
  nextCursor?: string
}

/**
 * One StoredRecord as JSON text, ready to send as it is: the record's document as stored (it was
 * validated when written) beside its meta. The brand keeps any other string from passing for one.
 */
export type StoredRecordJson = string & { readonly __brand: 'StoredRecordJson' }

/** A RecordPage whose items are already JSON text: what an HTTP answer sends without re-encoding. */
export interface RecordJsonPage {
  items: StoredRecordJson[]
  nextCursor?: string
}

export interface GetRecordOptions {
  /** Return a tombstoned record instead of throwing NotFound (its `meta.deletedAt` is set). */
  includeDeleted?: boolean
}

/** One record at a time: reading, listing, searching, and the writes an editor makes. */
export interface RecordStore {
  /** Newest first (`filter.sort` `date`: oldest first), undated records last either way; `q` delegates to search. */
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
  /**
   * How many records `listRecords` would page through for this filter (`q` included): exact at
   * any size when `facet_days` has a key for every condition (kinds, dates, a country or
   * first-level division, attacker, disputed); otherwise exact up to COUNT_CAP (10,000), beyond it
   * `{ value: COUNT_CAP, exact: false }`.
   */
  countRecords(filter: RecordFilter): Promise<RecordCount>
  /**
   * The filter's matches counted by each named facet, each without its own filter: the top ten
   * values and an "other" entry; counts past 10,000 matches are lower bounds (`exact` false).
   */
  countFacets(filter: RecordFilter, names: readonly FacetName[]): Promise<Facets>
  /**
   * The disputed facts the filter matches (`q` included), from the disputes index written with the
   * records: newest first unless `sort=date`, undated last, every page full.
   */
  listDisputes(filter: RecordFilter, page: PageRequest): Promise<DisputePage>
  /** The filter's disputed facts counted by kind and fact name. */
  countDisputes(filter: RecordFilter): Promise<DisputeCount[]>
  /** Ranked full-text search over titles, summaries, statement text and evidence quotes. */
  search(q: string, filter: RecordFilter, page: PageRequest): Promise<RecordPage>
  /**
   * `listRecords` as JSON text, for answers that send the records without computing with them.
   * Text also crosses from a read thread for a fraction of what the objects cost to clone.
   */
  listRecordsJson(filter: RecordFilter, page: PageRequest): Promise<RecordJsonPage>
  /** `search` as JSON text (see listRecordsJson). */
  searchJson(q: string, filter: RecordFilter, page: PageRequest): Promise<RecordJsonPage>
}

const SearchQuery = z.string().trim().min(1).max(500)

const mapPage = <T>({ rows, nextCursor }: RowPage, map: (row: StoredRow) => T) => ({
  items: rows.map(map),
  ...(nextCursor !== undefined ? { nextCursor } : {}),
})

export const createRecordStore = ({
  engine,
  db,
  search,
  transact,
  now,
}: StoreContext): RecordStore => {
  // A write to one record that lost a race is, to its caller, based on a stale version.
  const staleWhenRaced = async <T>(
    id: string,
    base: number | undefined,
    write: () => Promise<T>,
  ): Promise<T> => {
    try {
      return await write()
    } catch (error) {
      // Without a base version (an unconditional delete) the race stays a conflict.
      if (!(error instanceof WriteRaced) || base === undefined) throw error
      throw new StaleVersion(id, base, (await findRecordRow(db, id))?.version ?? base)
    }
  }

  const listRows = (filter: RecordFilter, page: PageRequest) => {
    const f = readFilter(filter)
    const p = readPage(page)
    return f.q ? searchRecords(db, search, f.q, f, p) : listRecords(db, f, p)
  }
  const searchRows = (q: string, filter: RecordFilter, page: PageRequest) =>
    searchRecords(
      db,
      search,
      validate(SearchQuery, q, 'search query'),
      readFilter(filter),
      readPage(page),
    )

  return {
    async listRecords(filter, page) {
      return mapPage(await listRows(filter, page), toStoredRecord)
    },

    async listRecordsJson(filter, page) {
      return mapPage(await listRows(filter, page), toStoredRecordJson)
    },

    async countRecords(filter) {
      return countRecords(db, search, readFilter(filter))
    },

    async countFacets(filter, names) {
      const wanted = validate(z.array(FacetName), names, 'facet names')
      // D1 refuses a compound SELECT of more than five terms: the set's size and four facets.
      return countFacets(
        db,
        search,
        readFilter(filter),
        wanted,
        engine === 'd1' ? 4 : wanted.length,
      )
    },

    async listDisputes(filter, page) {
      return listDisputes(db, search, readFilter(filter), readPage(page))
    },

    async countDisputes(filter) {
      return countDisputes(db, search, readFilter(filter))
    },

    async getRecord(id, options) {
      const row = await findRecordRow(db, id)
      if (!row) throw new NotFound('record', id)
      if (row.deleted_at !== null && !options?.includeDeleted)
        throw new NotFound('record', id, row.version)
      return toStoredRecord(row)
    },

    async createRecord(record, ctx) {
      const r = validate(SitrepRecord, record, 'record')
      const c = readWriteContext(ctx)
      return transact((trx) => writes.createRecord(trx, search, r, c, now()))
    },

    async updateRecord(id, record, baseVersion, ctx) {
      const r = validate(SitrepRecord, record, 'record')
      const base = readBaseVersion(baseVersion)
      const c = readWriteContext(ctx)
      return staleWhenRaced(id, base, () =>
        transact((trx) => writes.updateRecord(trx, search, id, r, base, c, now())),
      )
    },

    async deleteRecord(id, baseVersion, ctx) {
      const base = baseVersion === undefined ? undefined : readBaseVersion(baseVersion)
      const c = readWriteContext(ctx)
      await staleWhenRaced(id, base, () =>
        transact((trx) => writes.deleteRecord(trx, id, base, c, now())),
      )
    },

    async restoreRecord(id, baseVersion, ctx) {
      const base = readBaseVersion(baseVersion)
      const c = readWriteContext(ctx)
      return staleWhenRaced(id, base, () =>
        transact((trx) => writes.restoreRecord(trx, search, id, base, c, now())),
      )
    },

    async history(id) {
      const revisions = await listRevisions(db, id)
      if (revisions.length === 0) throw new NotFound('record', id)
      return revisions
    },

    async search(q, filter, page) {
      return mapPage(await searchRows(q, filter, page), toStoredRecord)
    },

    async searchJson(q, filter, page) {
      return mapPage(await searchRows(q, filter, page), toStoredRecordJson)
    },
  }
}
