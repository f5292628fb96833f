import type { RecordId, RecordKind, RecordMeta, RecordOfKind } from '@sitrep/domain'
import type { Page } from './page.ts'
import { type KindListQuery, toQueryParams } from './query-string.ts'
import { ok } from './responses.ts'
import type { SitrepHc } from './typed-hc.ts'

export type StoredOfKind<K extends RecordKind> = { record: RecordOfKind<K>; meta: RecordMeta }

/**
 * Reads and writes of one record kind. Writes need an editor key; `update` and `remove` send the
 * version they are based on as If-Match, so a stale edit fails with a `stale-version` problem
 * (412) instead of overwriting someone else's.
 */
export interface KindClient<K extends RecordKind> {
  list(query?: KindListQuery): Promise<Page<StoredOfKind<K>>>
  get(id: RecordId): Promise<StoredOfKind<K>>
  create(record: RecordOfKind<K>): Promise<StoredOfKind<K>>
  update(record: RecordOfKind<K>, basedOn: { version: number }): Promise<StoredOfKind<K>>
  /** Tombstones the record; its history stays readable. */
  remove(id: RecordId, basedOn?: { version: number }): Promise<void>
}

/** The version a write is based on, as the If-Match the API expects (the record's ETag). */
const ifMatch = (basedOn?: { version: number }) =>
  basedOn ? { 'if-match': `"${basedOn.version}"` } : {}

// One object per kind, spelled out: each kind's routes have their own response types, and a
// function generic over the kind would make TypeScript compare the four route trees as a union.
type V1 = SitrepHc['v1']

export const talksClient = ({ talks: r }: V1): KindClient<'talk'> => ({
  list: (query = {}) => ok(r.$get({ query: toQueryParams(query) })),
  get: (id) => ok(r[':id'].$get({ param: { id } })),
  create: (record) => ok(r.$post({ json: record })),
  update: (record, basedOn) =>
    ok(r[':id'].$put({ param: { id: record.id }, header: ifMatch(basedOn), json: record })),
  remove: async (id, basedOn) => {
    await ok(r[':id'].$delete({ param: { id }, header: ifMatch(basedOn) }))
  },
})

export const aidClient = ({ aid: r }: V1): KindClient<'aid'> => ({
  list: (query = {}) => ok(r.$get({ query: toQueryParams(query) })),
  get: (id) => ok(r[':id'].$get({ param: { id } })),
  create: (record) => ok(r.$post({ json: record })),
  update: (record, basedOn) =>
    ok(r[':id'].$put({ param: { id: record.id }, header: ifMatch(basedOn), json: record })),
  remove: async (id, basedOn) => {
    await ok(r[':id'].$delete({ param: { id }, header: ifMatch(basedOn) }))
  },
})

export const attacksClient = ({ attacks: r }: V1): KindClient<'attack'> => ({
  list: (query = {}) => ok(r.$get({ query: toQueryParams(query) })),
  get: (id) => ok(r[':id'].$get({ param: { id } })),
  create: (record) => ok(r.$post({ json: record })),
  update: (record, basedOn) =>
    ok(r[':id'].$put({ param: { id: record.id }, header: ifMatch(basedOn), json: record })),
  remove: async (id, basedOn) => {
    await ok(r[':id'].$delete({ param: { id }, header: ifMatch(basedOn) }))
  },
})

export const statementsClient = ({ statements: r }: V1): KindClient<'statement'> => ({
  list: (query = {}) => ok(r.$get({ query: toQueryParams(query) })),
  get: (id) => ok(r[':id'].$get({ param: { id } })),
  create: (record) => ok(r.$post({ json: record })),
  update: (record, basedOn) =>
    ok(r[':id'].$put({ param: { id: record.id }, header: ifMatch(basedOn), json: record })),
  remove: async (id, basedOn) => {
    await ok(r[':id'].$delete({ param: { id }, header: ifMatch(basedOn) }))
  },
})
