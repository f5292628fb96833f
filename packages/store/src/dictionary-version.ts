import type { Actor, Place } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from './database.ts'
import { replaceDictionaries } from './queries/dictionaries.ts'

const KEY = 'dictionaries_fingerprint'

/**
 * FNV-1a over the dictionaries' JSON: the gazetteer and actor list ship with the code, so a
 * database opened by a newer build notices they changed and reloads them.
 */
export const dictionariesFingerprint = (
  places: readonly Place[],
  actors: readonly Actor[],
): string => {
  let hash = 0x811c9dc5
  const text = JSON.stringify([places, actors])
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `${text.length}:${hash.toString(16)}`
}

export const storedFingerprint = async (db: Kysely<Database>): Promise<string | undefined> =>
  (
    await db
      .selectFrom('store_meta')
      .select('store_meta.value')
      .where('store_meta.key', '=', KEY)
      .executeTakeFirst()
  )?.value

export const storeFingerprint = async (
  db: Kysely<Database>,
  fingerprint: string,
): Promise<void> => {
  await db
    .insertInto('store_meta')
    .values({ key: KEY, value: fingerprint })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: fingerprint }))
    .execute()
}

/** Replaces both dictionaries and remembers which ones they are, in the caller's transaction. */
export const writeDictionaries = async (
  db: Kysely<Database>,
  places: readonly Place[],
  actors: readonly Actor[],
): Promise<void> => {
  await replaceDictionaries(db, places, actors)
  await storeFingerprint(db, dictionariesFingerprint(places, actors))
}
