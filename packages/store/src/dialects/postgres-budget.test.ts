import { randomUUID } from 'node:crypto'
import { seedDataset } from '@sitrep/domain/seed'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { Overloaded } from '../errors.ts'
import type { Store } from '../store.ts'
import { withDatabase } from '../testing/dialects-under-test.ts'
import { julyTalk } from '../testing/fixtures.ts'
import { openPostgresStore } from './postgres.ts'

const adminUrl = inject('postgresUrl')
const name = `sitrep_budget_${randomUUID().replaceAll('-', '')}`
let store: Store
let locker: pg.Client

/**
 * Locks the records table from another connection, so anything touching it waits; resolves once
 * the lock is held, to a promise of its release `ms` later.
 */
const lockRecordsFor = async (ms: number) => {
  await locker.query('begin')
  await locker.query('lock table records in access exclusive mode')
  return {
    released: new Promise<void>((release) =>
      setTimeout(() => locker.query('commit').then(() => release()), ms),
    ),
  }
}

describe.skipIf(!adminUrl)('a read budget on PostgreSQL', () => {
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    await admin.query(`create database ${name}`)
    await admin.end()
    store = await openPostgresStore({ url: withDatabase(adminUrl, name), queryBudgetMs: 200 })
    await store.seed(seedDataset)
    locker = new pg.Client({ connectionString: withDatabase(adminUrl, name) })
    await locker.connect()
  })
  afterAll(async () => {
    await locker?.end()
    await store?.close()
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    await admin.query(`drop database if exists ${name}`)
    await admin.end()
  })

  it('refuses a read still waiting at its statement_timeout as Overloaded, to retry', async () => {
    const { released } = await lockRecordsFor(1000)
    const read = store.listRecords({}, { limit: 5 })
    await expect(read).rejects.toBeInstanceOf(Overloaded)
    await expect(read).rejects.toMatchObject({ reason: 'budget', retryAfterSeconds: 1 })
    await released
    expect((await store.listRecords({}, { limit: 5 })).items).toHaveLength(5)
  })

  it('lets a write wait past the budget: the budget is the reads’', async () => {
    const { record, meta } = await store.getRecord(julyTalk().id)
    const { released } = await lockRecordsFor(600)
    const written = await store.updateRecord(
      record.id,
      { ...record, title: 'Retitled' },
      meta.version,
      { by: 'test' },
    )
    await released
    expect(written.meta.version).toBe(meta.version + 1)
  })
})
