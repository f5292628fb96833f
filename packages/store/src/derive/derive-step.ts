import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'
import type { Transact } from '../transaction.ts'

export interface DeriveContext {
  /** Runs one batch's writes together: a transaction, on D1 statement by statement. */
  transact: Transact
  /** After each batch: how far the step has walked, out of `total`. */
  progress: (done: number, total: number) => void
}

/**
 * Fills stored columns from what the rows hold (a record's JSON, a source's text) by today's
 * rules: the part of an upgrade a frozen migration must not do. Run after migrating by every
 * open, on every dialect, whenever the version recorded in `store_meta` under `<name>_scheme`
 * differs from `version`; bump `version` when the rules change what the step writes.
 *
 * A step is idempotent and walks the rows in batches, each batch its own transaction, so an
 * interrupted run holds no more than a batch in memory and simply starts over at the next open
 * (the version is recorded only after the last batch).
 */
export interface DeriveStep {
  name: string
  version: string
  run(db: Kysely<Database>, context: DeriveContext): Promise<void>
}
