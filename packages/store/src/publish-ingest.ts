import {
  type Actor,
  type AnyClaim,
  mergeClaims,
  type RecordId,
  SitrepRecord,
  type Source,
  type StoredRecord,
  type WriteContext,
} from '@sitrep/domain'
import type { Kysely } from 'kysely'
import { chunk } from './chunk.ts'
import type { Database } from './database.ts'
import { Conflict, NotFound, ValidationFailed } from './errors.ts'
import { toStoredRecord } from './mappers.ts'
import { rowsPerStatement } from './parameter-budget.ts'
import { insertMany } from './queries/insert-many.ts'
import { findRecordRow } from './queries/records.ts'
import { upsertSources } from './queries/sources.ts'
import type { SearchIndex } from './search/search-index.ts'
import { createRecord, updateRecord } from './write-records.ts'

export interface IngestWrite {
  readonly source: Source
  /** Actors the editor adds to the dictionary with this article; an id already held is refused. */
  readonly actors?: readonly Actor[]
  /** New records, created at version 1. */
  readonly creates: readonly SitrepRecord[]
  /** Evidence for records sitrep holds: their claims are merged in, duplicates skipped. */
  readonly additions: readonly {
    readonly recordId: RecordId
    readonly claims: readonly AnyClaim[]
  }[]
}

export interface IngestWritten {
  created: StoredRecord[]
  merged: StoredRecord[]
}

const addActors = async (db: Kysely<Database>, actors: readonly Actor[], ctx: WriteContext) => {
  for (const ids of chunk(
    actors.map((a) => a.id),
    rowsPerStatement(db, 1),
  )) {
    const taken = await db
      .selectFrom('actors')
      .select('actors.id')
      .where('actors.id', 'in', ids)
      .executeTakeFirst()
    if (taken) throw new Conflict('actor', taken.id)
  }
  const rows = actors.map((a) => ({
    id: a.id,
    name: a.name,
    doc: JSON.stringify(a),
    added_by: ctx.by,
  }))
  await insertMany(db, 'actors', rows)
}

/**
 * An editor's accepted drafts, written as one unit: the source, the new records and the merges
 * land together or not at all. The caller holds the transaction.
 */
export const publishIngest = async (
  db: Kysely<Database>,
  search: SearchIndex,
  input: IngestWrite,
  ctx: WriteContext,
  now: string,
): Promise<IngestWritten> => {
  await upsertSources(db, [input.source])
  await addActors(db, input.actors ?? [], ctx)
  const created: StoredRecord[] = []
  for (const record of input.creates) created.push(await createRecord(db, search, record, ctx, now))
  const merged: StoredRecord[] = []
  for (const { recordId, claims } of input.additions) {
    const row = await findRecordRow(db, recordId)
    if (!row || row.deleted_at !== null) throw new NotFound('record', recordId)
    const current = toStoredRecord(row)
    const next = SitrepRecord.safeParse(mergeClaims(current.record, claims))
    if (!next.success)
      throw new ValidationFailed(`evidence for ${recordId} does not fit it`, [
        { path: recordId, message: next.error.issues[0]?.message ?? 'invalid' },
      ])
    merged.push(
      next.data.claims.length === current.record.claims.length
        ? current
        : await updateRecord(db, search, recordId, next.data, current.meta.version, ctx, now),
    )
  }
  return { created, merged }
}
