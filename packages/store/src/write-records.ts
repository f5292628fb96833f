import { type RecordId, SitrepRecord, type StoredRecord, type WriteContext } from '@sitrep/domain'
import type { Insertable, Kysely } from 'kysely'
import type { Database } from './database.ts'
import { Conflict, NotFound, StaleVersion, ValidationFailed } from './errors.ts'
import { toRecordRows, toStoredRecord } from './mappers.ts'
import type { ImportBatchResult, ImportRejection } from './parts/import-store.ts'
import type { AncestorsOf } from './place-rows.ts'
import {
  existingRecordDocs,
  existingRecordIds,
  type InsertRecords,
  insertRecords,
  replaceRecord,
  tombstoneRecord,
} from './queries/record-writes.ts'
import { findRecordRow } from './queries/records.ts'
import type { SearchIndex } from './search/search-index.ts'
import type { RevisionsTable } from './tables/revisions.table.ts'

/** One write's revision row: `doc` is the record after a create or update, before a delete. */
export const revisionRow = (
  id: string,
  version: number,
  operation: RevisionsTable['operation'],
  doc: string,
  ctx: WriteContext,
  at: string,
): Insertable<RevisionsTable> => ({
  record_id: id,
  version,
  operation,
  doc,
  by: ctx.by,
  reason: ctx.reason ?? null,
  at,
})

export const createRecord = async (
  db: Kysely<Database>,
  search: SearchIndex,
  record: SitrepRecord,
  ctx: WriteContext,
  now: string,
): Promise<StoredRecord> => {
  if ((await existingRecordIds(db, [record.id])).size > 0) {
    const held = await findRecordRow(db, record.id)
    throw new Conflict('record', record.id, held?.deleted_at ? held.version : undefined)
  }
  const rows = toRecordRows(record, { version: 1, createdAt: now, updatedAt: now })
  await insertRecords(
    db,
    search,
    [rows],
    [revisionRow(record.id, 1, 'create', rows.record.doc, ctx, now)],
  )
  return { record, meta: { version: 1, createdAt: now, updatedAt: now } }
}

const liveRow = async (db: Kysely<Database>, id: RecordId, baseVersion: number | undefined) => {
  const row = await findRecordRow(db, id)
  if (!row) throw new NotFound('record', id)
  if (row.deleted_at !== null) throw new NotFound('record', id, row.version)
  if (baseVersion !== undefined && row.version !== baseVersion) {
    throw new StaleVersion(id, baseVersion, row.version)
  }
  return row
}

export const updateRecord = async (
  db: Kysely<Database>,
  search: SearchIndex,
  id: RecordId,
  record: SitrepRecord,
  baseVersion: number,
  ctx: WriteContext,
  now: string,
): Promise<StoredRecord> => {
  if (record.id !== id) {
    throw new ValidationFailed('invalid record', [
      { path: 'id', message: `must be ${id}, the id of the record being updated` },
    ])
  }
  const row = await liveRow(db, id, baseVersion)
  return writeNextVersion(db, search, record, baseVersion, row.created_at, ctx, now)
}

/** The record as version `baseVersion + 1`, an update revision; refused if another write won. */
const writeNextVersion = async (
  db: Kysely<Database>,
  search: SearchIndex,
  record: SitrepRecord,
  baseVersion: number,
  createdAt: string,
  ctx: WriteContext,
  now: string,
): Promise<StoredRecord> => {
  const version = baseVersion + 1
  const rows = toRecordRows(record, { version, createdAt, updatedAt: now })
  const revision = revisionRow(record.id, version, 'update', rows.record.doc, ctx, now)
  if (!(await replaceRecord(db, search, rows, baseVersion, revision))) {
    const current = (await findRecordRow(db, record.id))?.version ?? version
    throw new StaleVersion(record.id, baseVersion, current)
  }
  return { record, meta: { version, createdAt, updatedAt: now } }
}

export const deleteRecord = async (
  db: Kysely<Database>,
  id: RecordId,
  baseVersion: number | undefined,
  ctx: WriteContext,
  now: string,
): Promise<void> => {
  const row = await liveRow(db, id, baseVersion)
  const revision = revisionRow(id, row.version + 1, 'delete', row.doc, ctx, now)
  if (!(await tombstoneRecord(db, id, row.version, revision))) {
    throw new StaleVersion(id, row.version, (await findRecordRow(db, id))?.version ?? row.version)
  }
}

/**
 * A tombstone made live again: the record as it was when deleted (a tombstone keeps its last
 * document), written as an update revision so that history reads create, delete, update.
 */
export const restoreRecord = async (
  db: Kysely<Database>,
  search: SearchIndex,
  id: RecordId,
  baseVersion: number,
  ctx: WriteContext,
  now: string,
): Promise<StoredRecord> => {
  const row = await findRecordRow(db, id)
  if (!row || row.deleted_at === null) throw new NotFound('deleted record', id)
  if (row.version !== baseVersion) throw new StaleVersion(id, baseVersion, row.version)
  const { record } = toStoredRecord(row)
  return writeNextVersion(db, search, record, baseVersion, row.created_at, ctx, now)
}

const describeIssues = (issues: readonly { path: PropertyKey[]; message: string }[]): string =>
  issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(record)'}: ${i.message}`)
    .join('; ')

const idOf = (input: unknown): string | undefined =>
  typeof input === 'object' && input !== null && 'id' in input && typeof input.id === 'string'
    ? input.id
    : undefined

/** Equal records, though the stored one may have been written with its fields in another order. */
const sameDoc = (stored: string, doc: string): boolean => {
  if (stored === doc) return true
  const parsed = SitrepRecord.safeParse(JSON.parse(stored))
  return parsed.success && JSON.stringify(parsed.data) === doc
}

/**
 * Validates and creates a batch; a rejected record is skipped whole and reported by index, the
 * others are written. A record identical to the live one stored under its id (a file imported
 * twice) is counted unchanged rather than refused: nothing is wrong and nothing is written.
 * The caller holds the transaction.
 */
export const importRecords = async (
  db: Kysely<Database>,
  search: SearchIndex,
  inputs: readonly unknown[],
  ctx: WriteContext,
  now: string,
  insert: InsertRecords = insertRecords,
  known?: AncestorsOf,
): Promise<ImportBatchResult> => {
  const rejected: ImportRejection[] = []
  const valid: { index: number; record: SitrepRecord; doc: string }[] = []
  const seen = new Map<string, string>()
  let unchanged = 0
  inputs.forEach((input, index) => {
    const parsed = SitrepRecord.safeParse(input)
    const id = idOf(input)
    if (!parsed.success) {
      const reason = describeIssues(parsed.error.issues)
      rejected.push({ index, ...(id ? { id } : {}), code: 'invalid-record', reason })
      return
    }
    const doc = JSON.stringify(parsed.data)
    const earlier = seen.get(parsed.data.id)
    if (earlier === doc) unchanged += 1
    else if (earlier !== undefined)
      rejected.push({
        index,
        id: parsed.data.id,
        code: 'repeated-id',
        reason: 'id repeated earlier in this import',
      })
    else {
      seen.set(parsed.data.id, doc)
      valid.push({ index, record: parsed.data, doc })
    }
  })
  const taken = await existingRecordDocs(db, [...seen.keys()])
  const fresh = valid.filter(({ index, record, doc }) => {
    const held = taken.get(record.id)
    if (!held) return true
    if (!held.deleted && sameDoc(held.doc, doc)) unchanged += 1
    else
      rejected.push({
        index,
        id: record.id,
        code: 'id-taken',
        reason: 'a record with this id already exists',
      })
    return false
  })
  const rows = fresh.map(({ record }) =>
    toRecordRows(record, { version: 1, createdAt: now, updatedAt: now }),
  )
  const revisions = rows.map((r) => revisionRow(r.record.id, 1, 'create', r.record.doc, ctx, now))
  await insert(db, search, rows, revisions, known)
  rejected.sort((a, b) => a.index - b.index)
  return { created: fresh.length, unchanged, rejected }
}
