import { randomUUID } from 'node:crypto'
import { Miniflare } from 'miniflare'
import pg from 'pg'
import { inject } from 'vitest'
import { openD1Store } from '../dialects/d1.ts'
import { openPostgresStore } from '../dialects/postgres.ts'
import { openSqliteStore } from '../dialects/sqlite.ts'
import type { Engine, Store } from '../store.ts'
import { REMOTE_D1_WORKER, remoteD1 } from './remote-d1.ts'

export interface DialectUnderTest {
  engine: Engine
  /** A fresh, empty, migrated store; `close()` also throws its database away. */
  open(options?: { now?: () => Date }): Promise<Store>
}

const sqlite: DialectUnderTest = {
  engine: 'sqlite',
  open: (options) => openSqliteStore({ file: ':memory:', ...options }),
}

export const withDatabase = (adminUrl: string, name: string): string => {
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** Each store gets its own database so tests never see each other's rows. */
const postgres = (adminUrl: string): DialectUnderTest => ({
  engine: 'postgres',
  async open(options) {
    const name = `sitrep_test_${randomUUID().replaceAll('-', '')}`
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    await admin.query(`create database ${name}`)
    await admin.end()
    const store = await openPostgresStore({ url: withDatabase(adminUrl, name), ...options })
    return {
      ...store,
      async close() {
        await store.close()
        const cleanup = new pg.Client({ connectionString: adminUrl })
        await cleanup.connect()
        await cleanup.query(`drop database if exists ${name}`)
        await cleanup.end()
      },
    }
  },
})

/** workerd's own D1 through Miniflare, a fresh database per store, reached by async requests (remote-d1.ts). */
const d1: DialectUnderTest = {
  engine: 'd1',
  async open(options) {
    const mf = new Miniflare({
      modules: true,
      script: REMOTE_D1_WORKER,
      d1Databases: ['DB'],
    })
    const store = await openD1Store(remoteD1(mf), options)
    return {
      ...store,
      async close() {
        await store.close()
        await mf.dispose()
      },
    }
  },
}

/** SQLite and D1 always; PostgreSQL whenever the global setup found or started a server. */
export const dialectsUnderTest = (): DialectUnderTest[] => {
  const url = inject('postgresUrl')
  return url ? [sqlite, postgres(url), d1] : [sqlite, d1]
}

/** Timestamps pinned so that revisions compare exactly. */
export const fixedClock = () => new Date('2025-07-21T12:00:00.000Z')

/** Runs `test` on a fresh store of `dialect` with the pinned clock, and throws the store away. */
export const withStoreOf =
  (dialect: DialectUnderTest) =>
  async (test: (store: Store) => Promise<void>): Promise<void> => {
    const store = await dialect.open({ now: fixedClock })
    try {
      await test(store)
    } finally {
      await store.close()
    }
  }
