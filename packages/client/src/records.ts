import type {
  RecordId,
  RecordKind,
  Revision,
  SitrepRecord,
  SourceId,
  StoredRecord,
} from '@sitrep/domain'
import type { Page } from './page.ts'
import { type RecordsListQuery, toListParams } from './query-string.ts'
import { ok } from './responses.ts'
import type { SitrepHc } from './typed-hc.ts'

/** The version a write is based on: the `meta.version` read, sent as If-Match (the record's ETag). */
export interface BasedOn {
  readonly version: number
}

/** Which claims a split moves out: those fused in from one dataset record, or from these sources. */
export type SplitSelection =
  | { readonly datasetRecordId: RecordId; readonly sourceIds?: never }
  | { readonly sourceIds: readonly SourceId[]; readonly datasetRecordId?: never }

/** Narrows a single-record call to one kind: a record of another kind answers 404. */
export interface KindOption {
  readonly kind?: RecordKind
}

const ifMatch = (basedOn?: BasedOn) => (basedOn ? { 'if-match': `"${basedOn.version}"` } : {})

/**
 * `/v1/records`: every kind in one list, and one record by id whatever its kind. Writes need an
 * editor key; `put`, `delete` and `restore` send the version they are based on as If-Match, so a
 * stale write fails with a `stale-version` problem (412) instead of overwriting someone else's.
 */
export const recordsClient = ({ records }: SitrepHc['v1']) => ({
  /** Every kind, or those `kind` names, filtered and in date order; `facets` adds their counts. */
  list: (query: RecordsListQuery = {}): Promise<Page<StoredRecord>> =>
    ok(records.$get({ query: toListParams(query) })),
  get: (id: RecordId, { kind }: KindOption = {}): Promise<StoredRecord> =>
    ok(records[':id'].$get({ param: { id }, query: kind ? { kind } : {} })),
  /** Lands as revision 1; the kind is the body's. */
  create: (record: SitrepRecord): Promise<StoredRecord> => ok(records.$post({ json: record })),
  /** Replaces the record `record.id` names; its kind cannot change (422). */
  put: (record: SitrepRecord, basedOn: BasedOn): Promise<StoredRecord> =>
    ok(records[':id'].$put({ param: { id: record.id }, header: ifMatch(basedOn), json: record })),
  /** Tombstones the record; its history stays readable and `restore` brings it back. */
  delete: async (id: RecordId, basedOn?: BasedOn, { kind }: KindOption = {}): Promise<void> => {
    await ok(
      records[':id'].$delete({
        param: { id },
        query: kind ? { kind } : {},
        header: ifMatch(basedOn),
      }),
    )
  },
  /** Every revision, oldest first, the deletion included. */
  history: (id: RecordId): Promise<{ items: Revision[] }> =>
    ok(records[':id'].history.$get({ param: { id } })),
  /** Brings a deleted record back as it was, based on the version of its deletion. */
  restore: (id: RecordId, basedOn: BasedOn): Promise<StoredRecord> =>
    ok(records[':id'].restore.$post({ param: { id }, header: ifMatch(basedOn) })),
  /** Undoes a wrong merge: the selected claims leave the attack and become a record of their own. */
  split: (
    id: RecordId,
    selection: SplitSelection,
  ): Promise<{ kept: StoredRecord; split: StoredRecord }> =>
    ok(
      records[':id'].split.$post({
        param: { id },
        json: selection.sourceIds
          ? { sourceIds: [...selection.sourceIds] }
          : { datasetRecordId: selection.datasetRecordId },
      }),
    ),
})

export type RecordsClient = ReturnType<typeof recordsClient>
