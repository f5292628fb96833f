import {
  Actor,
  ApiRole,
  PageRequest,
  Place,
  RecordFilter,
  SitrepRecord,
  Source,
  WriteContext,
} from '@sitrep/domain'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import type { Database } from './database.ts'
import { applyDatasetWrite, recordsWithSources } from './dataset-writes.ts'
import {
  dictionariesFingerprint,
  storedFingerprint,
  storeFingerprint,
} from './dictionary-version.ts'
import { NotFound, StaleVersion, ValidationFailed, WriteRaced } from './errors.ts'
import { toStoredRecord } from './mappers.ts'
import { ancestorsFrom } from './place-rows.ts'
import { publishIngest } from './publish-ingest.ts'
import * as apiKeys from './queries/api-keys.ts'
import { casualtiesByDay } from './queries/casualties.ts'
import * as changes from './queries/changes.ts'
import {
  listActors,
  listPlaces,
  placeAncestry,
  replaceDictionaries,
} from './queries/dictionaries.ts'
import { findHeldSource } from './queries/held-sources.ts'
import { type InsertRecords, insertRecords } from './queries/record-writes.ts'
import { findRecordRow, listRecords, searchRecords } from './queries/records.ts'
import { listRevisions } from './queries/revisions.ts'
import { findSource, listSources, upsertSources } from './queries/sources.ts'
import { stats } from './queries/stats.ts'
import type { SearchIndex } from './search/search-index.ts'
import { isSeeded, markSeeded } from './seed-marker.ts'
import type { Engine, Store } from './store.ts'
import type { Transact } from './transaction.ts'
import { validate } from './validate.ts'
import * as writes from './write-records.ts'

export interface KyselyStoreOptions {
  engine: Engine
  db: Kysely<Database>
  search: SearchIndex
  transact: Transact
  /** Injected so tests can pin timestamps; defaults to the wall clock. */
  now?: () => Date
  /** Runs an import batch; defaults to `transact` (SQLite relaxes fsync for it). */
  bulkTransact?: Transact
  /** Writes an import batch's new records; defaults to the Kysely queries every engine shares. */
  insertRecords?: InsertRecords
  /** Runs after an import batch commits: SQLite refreshes planner statistics here. */
  afterBulkWrite?: () => Promise<void>
  /** Extra teardown after the Kysely instance is destroyed (closing a pool, a file). */
  onClose?: () => Promise<void>
}

const SearchQuery = z.string().trim().min(1).max(500)
const BaseVersion = z.number().int().min(1)
const Cursor = z.number().int().nonnegative()
const Limit = z.number().int().min(1).max(10_000)
const HeldSourceQuery = z.strictObject({
  url: z.string().max(2000).optional(),
  text: z.string().max(1_000_000).optional(),
})
const NewApiKey = z.strictObject({ role: ApiRole, label: z.string().trim().min(1).max(200) })

/** The Store over any Kysely dialect; the dialect modules only choose search and transactions. */
export const createKyselyStore = (options: KyselyStoreOptions): Store => {
  const { db, search, transact } = options
  const insert = options.insertRecords ?? insertRecords
  const bulkTransact = options.bulkTransact ?? transact
  const family = options.engine === 'postgres' ? 'postgres' : 'sqlite'
  const now = () => (options.now ?? (() => new Date()))().toISOString()
  const readFilter = (filter: RecordFilter) => validate(RecordFilter, filter, 'filter')
  const readPage = (page: PageRequest) => validate(PageRequest, page, 'page request')
  const readCtx = (ctx: WriteContext) => validate(WriteContext, ctx, 'write context')
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

  return {
    engine: options.engine,

    async listRecords(filter, page) {
      const f = readFilter(filter)
      const p = readPage(page)
      return f.q ? searchRecords(db, search, f.q, f, p) : listRecords(db, f, p)
    },

    async getRecord(id, opts) {
      const row = await findRecordRow(db, id)
      if (!row) throw new NotFound('record', id)
      if (row.deleted_at !== null && !opts?.includeDeleted)
        throw new NotFound('record', id, row.version)
      return toStoredRecord(row)
    },

    async createRecord(record, ctx) {
      const r = validate(SitrepRecord, record, 'record')
      const c = readCtx(ctx)
      return transact((trx) => writes.createRecord(trx, search, r, c, now()))
    },

    async updateRecord(id, record, baseVersion, ctx) {
      const r = validate(SitrepRecord, record, 'record')
      const base = validate(BaseVersion, baseVersion, 'base version')
      const c = readCtx(ctx)
      return staleWhenRaced(id, base, () =>
        transact((trx) => writes.updateRecord(trx, search, id, r, base, c, now())),
      )
    },

    async deleteRecord(id, baseVersion, ctx) {
      const base =
        baseVersion === undefined ? undefined : validate(BaseVersion, baseVersion, 'base version')
      const c = readCtx(ctx)
      await staleWhenRaced(id, base, () =>
        transact((trx) => writes.deleteRecord(trx, id, base, c, now())),
      )
    },

    async restoreRecord(id, baseVersion, ctx) {
      const base = validate(BaseVersion, baseVersion, 'base version')
      const c = readCtx(ctx)
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
      const query = validate(SearchQuery, q, 'search query')
      return searchRecords(db, search, query, readFilter(filter), readPage(page))
    },

    casualtiesByDay: async (filter) => casualtiesByDay(db, readFilter(filter)),

    async publishIngest(input, ctx) {
      const source = validate(Source, input.source, 'source')
      const creates = validate(z.array(SitrepRecord).max(500), input.creates, 'records')
      const actors = validate(z.array(Actor).max(100), input.actors ?? [], 'actors')
      const c = readCtx(ctx)
      return transact((trx) =>
        publishIngest(trx, search, { ...input, source, creates, actors }, c, now()),
      )
    },

    recordsWithSources: (sourceIds) => recordsWithSources(db, sourceIds),

    async applyDatasetWrite(input, ctx) {
      const sources = validate(z.array(Source), input.sources, 'sources')
      const updated = validate(
        z.array(SitrepRecord),
        input.updates.map((u) => u.record),
        'records',
      )
      const updates = updated.map((record, i) => ({
        record,
        baseVersion: validate(BaseVersion, input.updates[i]?.baseVersion, 'base version'),
      }))
      const c = readCtx(ctx)
      const result = await bulkTransact((trx) =>
        applyDatasetWrite(
          trx,
          search,
          { sources, creates: input.creates, updates },
          c,
          now(),
          insert,
        ),
      )
      await options.afterBulkWrite?.()
      return result
    },

    stats: async (filter) => stats(db, readFilter(filter)),

    changesSince: async (after, limit) =>
      changes.changesSince(
        db,
        family,
        validate(Cursor, after, 'change id'),
        validate(Limit, limit, 'limit'),
      ),
    latestChange: () => changes.latestChange(db, family),

    createApiKey: async (input) =>
      apiKeys.createApiKey(db, validate(NewApiKey, input, 'API key'), now()),
    listApiKeys: () => apiKeys.listApiKeys(db),
    revokeApiKey: (id) => apiKeys.revokeApiKey(db, id, now()),
    findApiKey: (key) => apiKeys.findApiKey(db, key),

    listSources: () => listSources(db),

    async getSource(id) {
      const source = await findSource(db, id)
      if (!source) throw new NotFound('source', id)
      return source
    },

    async upsertSource(source) {
      const s = validate(Source, source, 'source')
      await transact((trx) => upsertSources(trx, [s]))
      return s
    },

    findHeldSource: async (query) =>
      findHeldSource(db, validate(HeldSourceQuery, query, 'held source query')),

    listActors: () => listActors(db),
    listPlaces: () => listPlaces(db),

    async loadDictionaries(dictionaries) {
      const places = validate(z.array(Place), dictionaries.places, 'places')
      const actors = validate(z.array(Actor), dictionaries.actors, 'actors')
      await transact(async (trx) => {
        await replaceDictionaries(trx, places, actors)
        await storeFingerprint(trx, dictionariesFingerprint(places, actors))
      })
    },

    async importRecords(records, ctx) {
      const c = readCtx(ctx)
      const result = await bulkTransact((trx) =>
        writes.importRecords(trx, search, records, c, now(), insert),
      )
      await options.afterBulkWrite?.()
      return result
    },

    async seed(dataset) {
      const sources = validate(z.array(Source), dataset.sources, 'seed sources')
      const records = validate(z.array(SitrepRecord), dataset.records, 'seed records')
      const places = validate(z.array(Place).optional(), dataset.places, 'seed places')
      const actors = validate(z.array(Actor).optional(), dataset.actors, 'seed actors')
      const fingerprint =
        places || actors ? dictionariesFingerprint(places ?? [], actors ?? []) : undefined
      return transact(async (trx) => {
        const dictionariesChanged =
          fingerprint !== undefined && fingerprint !== (await storedFingerprint(trx))
        if (dictionariesChanged) {
          await replaceDictionaries(trx, places ?? [], actors ?? [])
          await storeFingerprint(trx, fingerprint)
        }
        // Records are loaded once; the dictionaries above follow the code on every start.
        if (await isSeeded(trx)) return false
        await upsertSources(trx, sources)
        const at = now()
        // On D1 the gazetteer written above is still queued: the records' regions come from it.
        const known = dictionariesChanged ? ancestorsFrom(placeAncestry(places ?? [])) : undefined
        const result = await writes.importRecords(
          trx,
          search,
          records,
          { by: 'seed' },
          at,
          insert,
          known,
        )
        const [first] = result.rejected
        if (first) {
          // Throwing rolls the transaction back: a half-loaded seed would pass for a loaded one.
          throw new ValidationFailed('seed dataset rejected', [
            { path: `records.${first.index}`, message: first.reason },
          ])
        }
        await markSeeded(trx, at)
        return true
      })
    },

    async close() {
      await db.destroy()
      await options.onClose?.()
    },
  }
}
