import { NEAR_DUPLICATE_SCHEME } from '@sitrep/domain'
import { toSource } from '../mappers.ts'
import { replaceSourceBands, sourceIdentity } from '../source-identity.ts'
import type { DeriveStep } from './derive-step.ts'

/**
 * Names the rules the stored identity columns were derived by. Bump the suffix when
 * canonical-url.ts or text-fingerprint.ts changes what they produce; near-duplicate.ts bumps its
 * own scheme. `published-v1` added the publication day (0022).
 */
export const SOURCE_IDENTITY_SCHEME = `${NEAR_DUPLICATE_SCHEME}+url-v1+text-v1+published-v1`

const BATCH = 200

/**
 * The identity columns and band keys of sources (0014): canonical URL, text fingerprint, MinHash;
 * and the day each appeared (0022).
 * Its `store_meta` key, `source_identity_scheme`, predates the other steps and names the scheme.
 */
export const sourceIdentityStep: DeriveStep = {
  name: 'source_identity',
  version: SOURCE_IDENTITY_SCHEME,
  async run(db, { transact, progress }) {
    const { n } = await db
      .selectFrom('sources')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow()
    const total = Number(n)
    if (total > 0) progress(0, total)
    let after = ''
    for (let done = 0; ; ) {
      const rows = await db
        .selectFrom('sources')
        .select(['sources.id', 'sources.doc'])
        .where('sources.id', '>', after)
        .orderBy('sources.id')
        .limit(BATCH)
        .execute()
      if (rows.length === 0) return
      await transact(async (trx) => {
        const derived = []
        for (const row of rows) {
          const { bands, ...columns } = await sourceIdentity(toSource(row))
          await trx.updateTable('sources').set(columns).where('sources.id', '=', row.id).execute()
          derived.push({ id: row.id, bands })
        }
        await replaceSourceBands(trx, derived)
      })
      after = rows[rows.length - 1]?.id ?? after
      done += rows.length
      progress(done, total)
    }
  },
}
