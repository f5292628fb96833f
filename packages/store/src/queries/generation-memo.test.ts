import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { julyRound } from '@sitrep/domain/seed'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Database } from '../database.ts'
import { openSqliteStore } from '../dialects/sqlite.ts'
import { memoByGeneration, trackGeneration } from './generation-memo.ts'

const connection = () => {
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }),
  })
  return db
}

describe('memoByGeneration', () => {
  it('computes again only after the generation moves', async () => {
    const db = connection()
    let generation = 1
    trackGeneration(db, () => String(generation))
    let computed = 0
    const ask = () => memoByGeneration(db, 'k', async () => ++computed)
    expect(await ask()).toBe(1)
    expect(await ask()).toBe(1)
    generation = 2
    expect(await ask()).toBe(2)
    expect(await memoByGeneration(db, 'other', async () => 'x')).toBe('x')
    await db.destroy()
  })

  it('does not keep an answer computed while something was committed', async () => {
    const db = connection()
    let generation = 1
    trackGeneration(db, () => String(generation))
    let computed = 0
    const ask = () =>
      memoByGeneration(db, 'k', async () => {
        computed += 1
        if (computed === 1) generation += 1
        return computed
      })
    expect(await ask()).toBe(1)
    expect(await ask()).toBe(2)
    expect(await ask()).toBe(2)
    await db.destroy()
  })

  it('always computes on a connection that registered no generation', async () => {
    const db = connection()
    let computed = 0
    await memoByGeneration(db, 'k', async () => ++computed)
    await memoByGeneration(db, 'k', async () => ++computed)
    expect(computed).toBe(2)
    await db.destroy()
  })
})

describe('the longest span on SQLite, beside another connection', () => {
  it('sees a longer record committed by the other connection', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-generation-'))
    const file = join(dir, 'sitrep.db')
    const reader = await openSqliteStore({ file })
    const writer = await openSqliteStore({ file })
    const fromMidAugust = { kind: ['talk' as const], from: '2025-08-15' }
    // The reader learns the longest talk (none yet) before the writer adds a summer-long one.
    expect((await reader.listRecords(fromMidAugust, { limit: 10 })).items).toEqual([])
    const summer = {
      resolved: true as const,
      start: '2025-06-01',
      end: '2025-08-30',
      precision: 'month' as const,
      raw: 'over the summer',
      anchor: '2025-07-21',
    }
    await writer.createRecord(
      {
        ...julyRound,
        id: 'talk-summer',
        claims: julyRound.claims.map((c) => (c.fact === 'date' ? { ...c, value: summer } : c)),
      },
      { by: 't' },
    )
    const ids = (await reader.listRecords(fromMidAugust, { limit: 10 })).items.map(
      (item) => item.record.id,
    )
    expect(ids).toEqual(['talk-summer'])
    await reader.close()
    await writer.close()
    rmSync(dir, { recursive: true, force: true })
  })
})
