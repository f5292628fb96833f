import type { Kysely } from 'kysely'
import type { Database } from './database.ts'

const SEEDED = 'seeded_at'

/** Seeding happens once per database: a user who deletes seed records must not see them return. */
export const isSeeded = async (db: Kysely<Database>): Promise<boolean> =>
  (await db
    .selectFrom('store_meta')
    .select('store_meta.value')
    .where('store_meta.key', '=', SEEDED)
    .executeTakeFirst()) !== undefined

export const markSeeded = async (db: Kysely<Database>, at: string): Promise<void> => {
  await db.insertInto('store_meta').values({ key: SEEDED, value: at }).execute()
}
