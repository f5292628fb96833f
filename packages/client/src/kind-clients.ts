import type { RecordId, RecordKind, RecordMeta, RecordOfKind, StoredRecord } from '@sitrep/domain'
import type { Page } from './page.ts'
import type { KindListQuery } from './query-string.ts'
import type { BasedOn, RecordsClient } from './records.ts'

export type StoredOfKind<K extends RecordKind> = { record: RecordOfKind<K>; meta: RecordMeta }

/** The records calls with the kind fixed, typed as that kind's records. */
export interface KindClient<K extends RecordKind> {
  list(query?: KindListQuery): Promise<Page<StoredOfKind<K>>>
  get(id: RecordId): Promise<StoredOfKind<K>>
  create(record: RecordOfKind<K>): Promise<StoredOfKind<K>>
  put(record: RecordOfKind<K>, basedOn: BasedOn): Promise<StoredOfKind<K>>
  delete(id: RecordId, basedOn?: BasedOn): Promise<void>
}

const isOfKind =
  <K extends RecordKind>(kind: K) =>
  (stored: StoredRecord): stored is StoredOfKind<K> =>
    stored.record.kind === kind

/**
 * One kind's calls, made from the records calls: the API narrows each to the kind (`?kind=`, or
 * the body's own kind), and the answer is checked here so its type can say so.
 */
export const kindClient = <K extends RecordKind>(
  kind: K,
  records: RecordsClient,
): KindClient<K> => {
  const isKind = isOfKind(kind)
  const asKind = (stored: StoredRecord) => {
    if (isKind(stored)) return stored
    throw new Error(`the API answered a ${kind} request with a ${stored.record.kind} record`)
  }
  return {
    list: async (query = {}) => {
      const page = await records.list({ ...query, kind: [kind] })
      return { ...page, items: page.items.map(asKind) }
    },
    get: async (id) => asKind(await records.get(id, { kind })),
    create: async (record) => asKind(await records.create(record)),
    put: async (record, basedOn) => asKind(await records.put(record, basedOn)),
    delete: (id, basedOn) => records.delete(id, basedOn, { kind }),
  }
}

/** A client per kind, named as the web's pages and the terminal's tabs name them. */
export const kindClients = (records: RecordsClient) => ({
  talks: kindClient('talk', records),
  aid: kindClient('aid', records),
  attacks: kindClient('attack', records),
  statements: kindClient('statement', records),
})
