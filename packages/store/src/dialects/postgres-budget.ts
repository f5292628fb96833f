import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import type { Database } from '../database.ts'
import { Overloaded } from '../errors.ts'
import { READ_METHODS } from '../read-pool/read-methods.ts'
import type { Store } from '../store.ts'
import type { Transact } from '../transaction.ts'

/** PostgreSQL's SQLSTATE for a statement cancelled by `statement_timeout`. */
const QUERY_CANCELED = '57014'

const cancelled = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === QUERY_CANCELED

/**
 * The store with a read that PostgreSQL cancelled at its `statement_timeout` refused as
 * Overloaded('budget'), which the API answers 503 with Retry-After, as a SQLite read thread
 * past its budget is. The server cancels the statement itself, so no connection stays busy.
 */
export const refusingCancelledReads = (store: Store, budgetMs: number): Store => {
  const retryAfter = Math.max(1, Math.ceil(budgetMs / 1000))
  const budgeted: Store = Object.create(store)
  // The reads that grow with the data: the same methods a SQLite read thread answers.
  for (const method of READ_METHODS) {
    const read = store[method] as (...args: unknown[]) => Promise<unknown>
    Object.defineProperty(budgeted, method, {
      value: (...args: unknown[]) =>
        read.apply(store, args).catch((error: unknown) => {
          throw cancelled(error) ? new Overloaded('budget', retryAfter) : error
        }),
    })
  }
  return budgeted
}

/**
 * Writes are not the budget's to cut: an import batch or a migration may take longer than any
 * read should, and a write cut short only has to be made again. Each transaction lifts the
 * connection's timeout for itself (`set local` ends with it).
 */
export const unbudgetedTransaction =
  (db: Kysely<Database>): Transact =>
  (work) =>
    db.transaction().execute(async (trx) => {
      await sql`set local statement_timeout = 0`.execute(trx)
      return work(trx)
    })
