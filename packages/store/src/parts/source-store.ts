import {
  type HeldSource,
  type HeldSourceQuery,
  IsoDate,
  MAX_PAGE_SIZE,
  type PageRequest,
  RecordId,
  RecordKind,
  Source,
  type SourceId,
  type StoredRecord,
} from '@sitrep/domain'
import { z } from 'zod'
import { recordsWithSources } from '../dataset-writes.ts'
import { NotFound } from '../errors.ts'
import { findHeldSource } from '../queries/held-sources.ts'
import {
  findSource,
  findSources,
  listSources,
  pageSources,
  type SourcePage,
  upsertSources,
} from '../queries/sources.ts'
import {
  listUndatedReported,
  type ReportedRecord,
  reportedDays,
  type UndatedReportedQuery,
} from '../queries/undated-reported.ts'
import { validate } from '../validate.ts'
import type { StoreContext } from './context.ts'
import { readPage } from './inputs.ts'

/** The articles and datasets evidence cites, and which of them sitrep already holds. */
export interface SourceStore {
  /** Every source, in id order: for seeding and tests; the API pages them with `pageSources`. */
  listSources(): Promise<Source[]>
  /** A page of sources in id order, `limit` at most, continuing after `page.cursor`. */
  pageSources(page: PageRequest): Promise<SourcePage>
  getSource(id: SourceId): Promise<Source>
  /** The held sources among these ids, in no particular order; ids not held are left out. */
  getSources(ids: readonly SourceId[]): Promise<Source[]>
  upsertSource(source: Source): Promise<Source>
  /**
   * The source already held for an article, by its canonical URL, its normalised text or, for a
   * syndicated or lightly edited copy, MinHash near-duplicate (an indexed band-key lookup).
   * A near-duplicate names the original when the match is itself a copy (`copyOf`).
   */
  findHeldSource(query: HeldSourceQuery): Promise<HeldSource | undefined>
  /** Live records holding evidence from any of the sources (where a dataset's rows went). */
  recordsWithSources(sourceIds: readonly SourceId[]): Promise<StoredRecord[]>
  /**
   * Live records of the kinds with no resolved date, cited by a source published in the window
   * (inclusive), each with the day its earliest such source appeared; at most `limit`.
   */
  listUndatedReported(query: UndatedReportedQuery): Promise<ReportedRecord[]>
  /**
   * The day the earliest source of each record appeared, by record id (at most 500 ids); a record
   * none of whose sources gives a day is left out.
   */
  reportedDays(recordIds: readonly RecordId[]): Promise<Record<RecordId, IsoDate>>
}

/** Ids as records cite them: looked up, never trusted to be well formed. */
const SourceIds = z.array(z.string().max(500)).max(10_000)
const RecordIds = z.array(RecordId).max(MAX_PAGE_SIZE)

const UndatedReportedLookup = z.strictObject({
  kinds: z.array(RecordKind).max(4),
  from: IsoDate,
  to: IsoDate,
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE),
})

const HeldSourceLookup = z.strictObject({
  url: z.string().max(2000).optional(),
  text: z.string().max(1_000_000).optional(),
})

export const createSourceStore = ({ db, transact }: StoreContext): SourceStore => ({
  listSources: () => listSources(db),

  pageSources: async (page) => pageSources(db, readPage(page)),

  async getSource(id) {
    const source = await findSource(db, id)
    if (!source) throw new NotFound('source', id)
    return source
  },

  getSources: (ids) => findSources(db, validate(SourceIds, ids, 'source ids')),

  async upsertSource(source) {
    const s = validate(Source, source, 'source')
    await transact((trx) => upsertSources(trx, [s]))
    return s
  },

  findHeldSource: async (query) =>
    findHeldSource(db, validate(HeldSourceLookup, query, 'held source query')),

  recordsWithSources: (sourceIds) => recordsWithSources(db, sourceIds),

  reportedDays: async (recordIds) => reportedDays(db, validate(RecordIds, recordIds, 'record ids')),

  listUndatedReported: async (query) =>
    listUndatedReported(db, validate(UndatedReportedLookup, query, 'undated records query')),
})
