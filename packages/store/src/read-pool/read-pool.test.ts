import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actors, places } from '@sitrep/domain'
import { julyRound, seedDataset } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../dialects/sqlite.ts'
import { NotFound, Overloaded } from '../errors.ts'
import type { Store } from '../store.ts'
import { withSqliteReadPool } from './read-pool.ts'

const folder = mkdtempSync(join(tmpdir(), 'sitrep-read-pool-'))
const file = join(folder, 'sitrep.db')
let main: Store
let pooled: Store

beforeAll(async () => {
  main = await openSqliteStore({ file })
  await main.seed({ ...seedDataset, places, actors })
  const pool = withSqliteReadPool(main, { file, threads: 2 })
  await pool.ready
  pooled = pool.store
})
afterAll(async () => {
  await pooled.close()
  rmSync(folder, { recursive: true, force: true })
})

describe('reads on worker threads', () => {
  it('answer as the store itself does', async () => {
    const filter = { kind: ['talk' as const] }
    expect(await pooled.listRecords(filter, { limit: 10 })).toEqual(
      await main.listRecords(filter, { limit: 10 }),
    )
    expect(await pooled.stats({})).toEqual(await main.stats({}))
    // Bytes come back as bytes: the event loop sends them without parsing or encoding.
    const bytes = await pooled.statsJson({})
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(bytes)).toBe(JSON.stringify(await main.stats({})))
  })

  it('keep the store’s typed errors across the thread boundary', async () => {
    const missing = pooled.getRecord('no-such-record')
    await expect(missing).rejects.toBeInstanceOf(NotFound)
    await expect(missing).rejects.toThrow('record no-such-record not found')
  })

  it('see a write made on the main thread as soon as it commits', async () => {
    const { record, meta } = await pooled.getRecord(julyRound.id)
    await pooled.updateRecord(record.id, { ...record, title: 'Retitled' }, meta.version, {
      by: 'test',
    })
    const again = await pooled.getRecord(julyRound.id)
    expect(again.record.title).toBe('Retitled')
    expect(again.meta.version).toBe(meta.version + 1)
  })

  it('refuse a read past its budget instead of waiting for it', async () => {
    // A fresh pool's first read waits for its thread to open a connection: far over 1 ms.
    const hurried = withSqliteReadPool(await openSqliteStore({ file }), { file, budgetMs: 1 }).store
    try {
      const refused = hurried.stats({})
      await expect(refused).rejects.toBeInstanceOf(Overloaded)
      await expect(refused).rejects.toMatchObject({ reason: 'budget', retryAfterSeconds: 1 })
    } finally {
      await hurried.close()
    }
  })

  it('close after the reads on their threads answer, refusing later ones, threads cut short none', async () => {
    const pool = withSqliteReadPool(await openSqliteStore({ file }), { file, threads: 1 })
    await pool.ready
    const inFlight = pool.store.stats({})
    const queued = pool.store.listRecords({}, { limit: 5 })
    const closed = pool.store.close()
    const expected = await main.stats({})
    await Promise.all([
      expect(inFlight).resolves.toEqual(expected),
      expect(queued).rejects.toMatchObject({ reason: 'closing', retryAfterSeconds: 1 }),
      closed,
    ])
    await expect(pool.store.getRecord(julyRound.id)).rejects.toBeInstanceOf(Overloaded)
  })
})
