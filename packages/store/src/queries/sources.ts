import type { Source } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import { toSource } from '../mappers.ts'
import { replaceSourceBands, sourceIdentity } from '../source-identity.ts'

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

/** Writes each source whole with its identity keys (canonical URL, text hashes, band keys). */
export const upsertSources = async (db: Kysely<Database>, sources: readonly Source[]) => {
  // Web Crypto digests run off the main thread: started together, they overlap.
  const identified = await Promise.all(
    sources.map(async (source) => ({ source, identity: await sourceIdentity(source) })),
  )
  const bands: { id: string; bands: readonly string[] }[] = []
  for (const { source, identity: full } of identified) {
    const { bands: keys, ...identity } = full
    const row = { id: source.id, title: source.title, doc: JSON.stringify(source), ...identity }
    const { id: _, ...update } = row
    await db
      .insertInto('sources')
      .values(row)
      .onConflict((oc) => oc.column('id').doUpdateSet(update))
      .execute()
    bands.push({ id: source.id, bands: keys })
  }
  await replaceSourceBands(db, bands)
}
