import { NEAR_DUPLICATE_SCHEME } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import type { Database } from './database.ts'
import { toSource } from './mappers.ts'
import { replaceSourceBands, sourceIdentity } from './source-identity.ts'

const KEY = 'source_identity_scheme'

/**
 * Names the rules the stored identity columns were derived by. Bump the suffix when
 * canonical-url.ts or text-fingerprint.ts changes what they produce; near-duplicate.ts bumps its
 * own scheme. A store derived by other rules is re-derived at its next open.
 */
export const SOURCE_IDENTITY_SCHEME = `${NEAR_DUPLICATE_SCHEME}+url-v1+text-v1`

const BATCH = 200

/**
 * Fills the identity columns and band keys of sources stored before migration 0014, or under an
 * older scheme, by today's rules. A store step rather than part of the migration, which must not
 * run today's code; idempotent, so an interrupted run simply starts over at the next open.
 */
export const deriveSourceIdentity = async (db: Kysely<Database>): Promise<boolean> => {
  const done = await db
    .selectFrom('store_meta')
    .select('store_meta.value')
    .where('store_meta.key', '=', KEY)
    .executeTakeFirst()
  if (done?.value === SOURCE_IDENTITY_SCHEME) return false
  let after = ''
  for (;;) {
    const rows = await db
      .selectFrom('sources')
      .select(['sources.id', 'sources.doc'])
      .where('sources.id', '>', after)
      .orderBy('sources.id')
      .limit(BATCH)
      .execute()
    if (rows.length === 0) break
    const derived = []
    for (const row of rows) {
      const { bands, ...columns } = await sourceIdentity(toSource(row))
      await db.updateTable('sources').set(columns).where('sources.id', '=', row.id).execute()
      derived.push({ id: row.id, bands })
      after = row.id
    }
    await replaceSourceBands(db, derived)
  }
  await db
    .insertInto('store_meta')
    .values({ key: KEY, value: SOURCE_IDENTITY_SCHEME })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: SOURCE_IDENTITY_SCHEME }))
    .execute()
  return true
}
