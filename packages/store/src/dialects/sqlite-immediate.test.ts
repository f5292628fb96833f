import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { ImmediateSqliteDialect } from './sqlite-immediate.ts'
import { newWriteGateBuffer, writeGate } from './sqlite-write-gate.ts'

interface Counter {
  counter: { n: number }
}

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** Two connections to one WAL file: a store's, and another writer's (no busy wait). */
const twoWriters = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-immediate-'))
  dirs.push(dir)
  const file = join(dir, 'db.sqlite')
  const other = new BetterSqlite3(file, { timeout: 0 })
  other.pragma('journal_mode = WAL')
  other.exec('create table counter (n integer); insert into counter values (0)')
  const db = new Kysely<Counter>({
    dialect: new ImmediateSqliteDialect({ database: new BetterSqlite3(file) }),
  })
  return { db, other }
}

describe('ImmediateSqliteDialect', () => {
  it('holds the write lock from BEGIN, before the transaction has written', async () => {
    const { db, other } = twoWriters()
    await db.transaction().execute(async (trx) => {
      await trx.selectFrom('counter').select('n').execute()
      expect(() => other.exec('update counter set n = n + 1')).toThrow(/locked|busy/i)
      await trx.updateTable('counter').set({ n: sql`n + 10` }).execute()
    })
    other.exec('update counter set n = n + 1')
    expect(other.prepare('select n from counter').get()).toEqual({ n: 11 })
    await db.destroy()
    other.close()
  })

  it('holds the write gate from BEGIN to COMMIT or ROLLBACK', async () => {
    const buffer = newWriteGateBuffer()
    const held = () => Atomics.load(new Int32Array(buffer), 0) === 1
    const db = new Kysely<Counter>({
      dialect: new ImmediateSqliteDialect(
        { database: new BetterSqlite3(':memory:') },
        writeGate(buffer, { yields: false }),
      ),
    })
    await sql`create table counter (n integer)`.execute(db)
    await db.transaction().execute(async (trx) => {
      expect(held()).toBe(true)
      await trx.insertInto('counter').values({ n: 1 }).execute()
    })
    expect(held()).toBe(false)
    await expect(
      db.transaction().execute(async () => {
        expect(held()).toBe(true)
        throw new Error('given up')
      }),
    ).rejects.toThrow('given up')
    expect(held()).toBe(false)
    await db.destroy()
  })
})
