import { randomUUID } from 'node:crypto'
import type { Store } from '@sitrep/store'
import { openD1Store } from '@sitrep/store/d1'
import { openPostgresStore } from '@sitrep/store/postgres'
import { openSqliteStore } from '@sitrep/store/sqlite'
import { REMOTE_D1_WORKER, remoteD1 } from '@sitrep/store/testing/remote-d1'
import { Miniflare } from 'miniflare'
import pg from 'pg'

/** One engine the webhook suite runs on: a fresh store, and how to throw it away. */
export interface StoreUnderTest {
  name: string
  open: () => Promise<Store>
}

const sqlite: StoreUnderTest = {
  name: 'SQLite',
  open: () => openSqliteStore({ file: ':memory:' }),
}

const postgres = (adminUrl: string): StoreUnderTest => ({
  name: 'PostgreSQL',
  async open() {
    const name = `sitrep_webhooks_${randomUUID().replaceAll('-', '')}`
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    await admin.query(`create database ${name}`)
    await admin.end()
    const url = new URL(adminUrl)
    url.pathname = `/${name}`
    const store = await openPostgresStore({ url: url.toString() })
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

/** workerd's own D1, through Miniflare. */
const d1: StoreUnderTest = {
  name: 'D1',
  async open() {
    const mf = new Miniflare({ modules: true, script: REMOTE_D1_WORKER, d1Databases: ['DB'] })
    const store = await openD1Store(remoteD1(mf))
    return {
      ...store,
      async close() {
        await store.close()
        await mf.dispose()
      },
    }
  },
}

export const storesUnderTest = (postgresUrl: string): StoreUnderTest[] =>
  postgresUrl ? [sqlite, postgres(postgresUrl), d1] : [sqlite, d1]
