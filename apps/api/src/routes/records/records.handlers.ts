import {
  type FacetName,
  type RecordId,
  type RecordKind,
  type RecordQuery,
  type SitrepRecord,
  type StoredRecord,
  splitRecordQuery,
} from '@sitrep/domain'
import { NotFound, type Store } from '@sitrep/store'
import { ApiError } from '../../lib/api-error.ts'
import { countedPageJson } from '../../lib/json-text.ts'
import { baseVersionOf } from '../../lib/versions.ts'

/**
 * What the records routes do, free of HTTP: `/v1/records` and its per-kind aliases call the same
 * functions, the alias passing the kind its path names. `kinds` lists every kind the request
 * narrows to (the path's, `?kind=`); a record of another kind is answered as absent.
 */
type Kinds = readonly (RecordKind | undefined)[]

const ofKinds = (stored: StoredRecord, kinds: Kinds) =>
  kinds.every((k) => k === undefined || k === stored.record.kind)

export const listRecords = async (
  store: Store,
  {
    facets: names,
    ...query
  }: Omit<RecordQuery, 'kind'> & {
    kind?: RecordKind[] | undefined
    facets?: FacetName[] | undefined
  },
  kind: RecordKind | undefined,
) => {
  const { filter, page } = splitRecordQuery(query)
  const scoped = kind ? { ...filter, kind: [kind] } : filter
  // On a per-kind route the kind is the path's, not a filter a facet could drop.
  const counted = (names ?? []).filter((name) => !(kind && name === 'kind'))
  const [items, total, facets] = await Promise.all([
    store.listRecordsJson(scoped, page),
    store.countRecords(scoped),
    counted.length > 0 ? store.countFacets(scoped, counted) : undefined,
  ])
  return countedPageJson(items, total, facets)
}

export const readRecord = async (
  store: Store,
  id: RecordId,
  kinds: Kinds,
): Promise<StoredRecord> => {
  const stored = await store.getRecord(id)
  if (!ofKinds(stored, kinds)) throw new NotFound('record', id)
  return stored
}

const refuseOtherKind = (record: SitrepRecord, kind: RecordKind | undefined) => {
  if (kind && record.kind !== kind)
    throw new ApiError('unprocessable', `this route takes ${kind} records, not ${record.kind}`)
}

export const createRecord = async (
  store: Store,
  record: SitrepRecord,
  kind: RecordKind | undefined,
  by: string,
): Promise<StoredRecord> => {
  refuseOtherKind(record, kind)
  return store.createRecord(record, { by })
}

/**
 * A replacement keeps the record's kind: a talk edited into an aid record would leave its
 * history, links and statements about it describing something else, so the body must be of the
 * stored kind (422 otherwise), as it must name the record the URL does.
 */
export const replaceRecord = async (
  store: Store,
  id: RecordId,
  record: SitrepRecord,
  write: { ifMatch: string | undefined; kind: RecordKind | undefined; by: string },
): Promise<StoredRecord> => {
  refuseOtherKind(record, write.kind)
  if (record.id !== id)
    throw new ApiError('unprocessable', `the body is record ${record.id}, the URL names ${id}`)
  const base = baseVersionOf(write.ifMatch)
  const current = await readRecord(store, id, [write.kind])
  if (current.record.kind !== record.kind)
    throw new ApiError(
      'unprocessable',
      `record ${id} is a ${current.record.kind} record; a replacement cannot make it ${record.kind}`,
    )
  return store.updateRecord(id, record, base, { by: write.by })
}

export const deleteRecord = async (
  store: Store,
  id: RecordId,
  write: { ifMatch: string | undefined; kinds: Kinds; by: string },
): Promise<void> => {
  await readRecord(store, id, write.kinds)
  const base = write.ifMatch === undefined ? undefined : baseVersionOf(write.ifMatch)
  await store.deleteRecord(id, base, { by: write.by })
}
