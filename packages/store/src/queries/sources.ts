import type { Source } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import { toSource } from '../mappers.ts'

export const listSources = async (db: Kysely<Database>): Promise<Source[]> =>
  (await db.selectFrom('sources').select('sources.doc').orderBy('sources.id').execute()).map(
    toSource,
  )

export const findSource = async (db: Kysely<Database>, id: string): Promise<Source | undefined> => {
  const row = await db
    .selectFrom('sources')
    .select('sources.doc')
    .where('sources.id', '=', id)
    .executeTakeFirst()
  return row ? toSource(row) : undefined
}

export const upsertSources = async (db: Kysely<Database>, sources: readonly Source[]) => {
  for (const source of sources) {
    const row = { id: source.id, title: source.title, doc: JSON.stringify(source) }
    await db
      .insertInto('sources')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet({ title: row.title, doc: row.doc }))
      .execute()
  }
}
