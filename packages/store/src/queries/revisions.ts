import type { Revision } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import { toRevision } from '../mappers.ts'

export const listRevisions = async (
  db: Kysely<Database>,
  recordId: string,
): Promise<Revision[]> => {
  const rows = await db
    .selectFrom('revisions')
    .selectAll()
    .where('revisions.record_id', '=', recordId)
    .orderBy('revisions.version')
    .execute()
  return rows.map(toRevision)
}
