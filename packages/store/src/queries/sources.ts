import type { PageRequest, Source } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import { chunk } from '../chunk.ts'
import { decodeCursor, encodeCursor } from '../cursor.ts'
import type { Database } from '../database.ts'
import { toSource } from '../mappers.ts'
import { rowsPerStatement } from '../parameter-budget.ts'
import { replaceSourceBands, sourceIdentity } from '../source-identity.ts'

export interface SourcePage {
  items: Source[]
  /** Present when more sources follow. */
  nextCursor?: string
}

export const listSources = async (db: Kysely<Database>): Promise<Source[]> =>
  (await db.selectFrom('sources').select('sources.doc').orderBy('sources.id').execute()).map(
    toSource,
  )

/** A page of sources in id order; the cursor is the last id, stable under inserts. */
export const pageSources = async (db: Kysely<Database>, page: PageRequest): Promise<SourcePage> => {
  const after = page.cursor ? decodeCursor(page.cursor, 'id') : undefined
  const rows = await db
    .selectFrom('sources')
    .select(['sources.id', 'sources.doc'])
    .$if(after !== undefined, (qb) => qb.where('sources.id', '>', after?.id ?? ''))
    .orderBy('sources.id')
    .limit(page.limit + 1)
    .execute()
  const items = rows.slice(0, page.limit)
  const last = items.at(-1)
  return {
    items: items.map(toSource),
    ...(rows.length > page.limit && last
      ? { nextCursor: encodeCursor({ sort: 'id', key: '', id: last.id }) }
      : {}),
  }
}

export const findSource = async (db: Kysely<Database>, id: string): Promise<Source | undefined> => {
  const row = await db
    .selectFrom('sources')
    .select('sources.doc')
    .where('sources.id', '=', id)
    .executeTakeFirst()
  return row ? toSource(row) : undefined
}

/** The sources of these ids that are held, in no particular order: one statement per chunk. */
export const findSources = async (
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Source[]> => {
  const found: Source[] = []
  for (const part of chunk([...new Set(ids)], rowsPerStatement(db, 1))) {
    const rows = await db
      .selectFrom('sources')
      .select('sources.doc')
      .where('sources.id', 'in', part)
      .execute()
    found.push(...rows.map(toSource))
  }
  return found
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
