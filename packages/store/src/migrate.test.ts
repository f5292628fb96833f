import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Database } from './database.ts'
import { migrateToLatest } from './migrate.ts'
import type { UpgradeEvent } from './upgrade-event.ts'

describe('migrateToLatest', () => {
  it('announces nothing when it creates a new database, nor when nothing is pending', async () => {
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }),
    })
    try {
      const heard: UpgradeEvent[] = []
      await migrateToLatest(db, 'sqlite', (event) => heard.push(event))
      await migrateToLatest(db, 'sqlite', (event) => heard.push(event))
      expect(heard).toEqual([])
    } finally {
      await db.destroy()
    }
  })
})
