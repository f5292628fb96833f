import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import type { Engine } from '../parts/context.ts'
import { jsonRows } from './json-rows.ts'

/** A record at one version: what a delivery's body carries. */
export interface RevisionKey {
  recordId: string
  version: number
}

export interface RevisionDoc extends RevisionKey {
  doc: string
}

/**
 * The stored documents of the given record versions (an unknown one is left out). One event goes to
 * every subscriber: the worker reads each document once a round here, rather than once per
 * delivery (100 subscribers made the queue read copy each document 100 times).
 */
export const revisionDocs = async (
  db: Kysely<Database>,
  engine: Engine,
  keys: readonly RevisionKey[],
): Promise<RevisionDoc[]> => {
  const wanted = new Map(keys.map((k) => [`${k.recordId}@${k.version}`, k]))
  if (wanted.size === 0) return []
  const rows = await db
    .selectFrom(
      jsonRows(
        engine,
        [...wanted.values()].map((k) => ({ record_id: k.recordId, version: k.version })),
        { record_id: 'text', version: 'integer' },
      ).as('k'),
    )
    .innerJoin('revisions as r', (join) =>
      join.onRef('r.record_id', '=', 'k.record_id').onRef('r.version', '=', 'k.version'),
    )
    .select(['r.record_id', 'r.version', 'r.doc'])
    .execute()
  return rows.map((r) => ({ recordId: r.record_id, version: r.version, doc: r.doc }))
}
