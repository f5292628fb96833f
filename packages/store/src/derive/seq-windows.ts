import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import type { DeriveContext } from './derive-step.ts'

/** Records per window: a batch's JSON, parsed, stays a few megabytes. */
export const SEQ_WINDOW = 2000

/**
 * Walks `records` in windows of seq, the table's own order, one transaction per window.
 * Windows rather than `seq > after limit n` filtered on kind: that would walk every row of the
 * kind again through the kind index to sort it by seq at each batch.
 */
export const forEachSeqWindow = async (
  db: Kysely<Database>,
  { transact, progress }: DeriveContext,
  work: (trx: Kysely<Database>, after: number, through: number) => Promise<void>,
): Promise<void> => {
  const { last } = await db
    .selectFrom('records')
    .select((eb) => eb.fn.max('records.seq').as('last'))
    .executeTakeFirstOrThrow()
  const total = Number(last ?? 0)
  if (total > 0) progress(0, total)
  for (let after = 0; after < total; after += SEQ_WINDOW) {
    const through = Math.min(after + SEQ_WINDOW, total)
    await transact((trx) => work(trx, after, through))
    progress(through, total)
  }
}
