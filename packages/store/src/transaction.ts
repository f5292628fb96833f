import type { Kysely } from 'kysely'
import type { Database } from './database.ts'

/**
 * Runs writes that must land together. SQLite and PostgreSQL use an interactive transaction; the
 * D1 dialect supplies its own, since D1 has none.
 */
export type Transact = <T>(work: (db: Kysely<Database>) => Promise<T>) => Promise<T>

export const interactiveTransaction =
  (db: Kysely<Database>): Transact =>
  (work) =>
    db.transaction().execute(work)
