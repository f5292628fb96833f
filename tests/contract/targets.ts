import { randomUUID } from 'node:crypto'
import { createApp } from '@sitrep/api'
import { bundleWorker } from '@sitrep/api/worker-bundle'
import { actors, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import type { Store } from '@sitrep/store'
import { openD1Store } from '@sitrep/store/d1'
import { openPostgresStore } from '@sitrep/store/postgres'
import { openSqliteStore } from '@sitrep/store/sqlite'
import { Miniflare } from 'miniflare'
import pg from 'pg'

/** One way of running the API: something that answers fetches, and keys made on its database. */
export interface Target {
  readonly name: string
  readonly fetch: (request: Request) => Promise<Response>
  readonly keys: { editor: string; reader: string }
  readonly close: () => Promise<void>
}

const makeKeys = async (store: Store) => ({
  editor: (await store.createApiKey({ role: 'editor', label: 'contract editor' })).key,
  reader: (await store.createApiKey({ role: 'reader', label: 'contract reader' })).key,
})

/** The Node app over a store, answering in-process exactly as the Node entry's server would. */
const nodeTarget = async (
  name: string,
  store: Store,
  cleanup = async () => {},
): Promise<Target> => {
  await store.seed({ ...seedDataset, places, actors })
  const app = createApp({ store, rateLimit: false, logError: () => {} })
  return {
    name,
    fetch: async (request) => app.fetch(request),
    keys: await makeKeys(store),
    close: async () => {
      await store.close()
      await cleanup()
    },
  }
}

export const nodeSqlite = async () =>
  nodeTarget('Node + SQLite', await openSqliteStore({ file: ':memory:' }))

export const nodePostgres = async (adminUrl: string) => {
  const name = `sitrep_contract_${randomUUID().replaceAll('-', '')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return nodeTarget(
    'Node + PostgreSQL',
    await openPostgresStore({ url: url.toString() }),
    async () => {
      const cleanup = new pg.Client({ connectionString: adminUrl })
      await cleanup.connect()
      await cleanup.query(`drop database if exists ${name}`)
      await cleanup.end()
    },
  )
}

/**
 * The Worker build in workerd (through Miniflare) with a local D1: the bundle wrangler would
 * deploy, started cold; its first request migrates and seeds D1.
 */
export const workerdD1 = async (): Promise<Target> => {
  const mf = new Miniflare({
    modules: [{ type: 'ESModule', path: 'worker.js', contents: await bundleWorker() }],
    compatibilityDate: '2026-04-01',
    compatibilityFlags: ['nodejs_compat'],
    d1Databases: ['DB'],
    bindings: { SITREP_RATE_LIMIT_PER_MINUTE: '0' },
  })
  const fetchIn = async (request: Request) => {
    const body = request.body ? await request.arrayBuffer() : undefined
    const response = await mf.dispatchFetch(request.url, {
      method: request.method,
      headers: [...request.headers],
      ...(body ? { body } : {}),
    })
    return new Response(
      response.status === 204 || response.status === 304 ? null : await response.arrayBuffer(),
      {
        status: response.status,
        headers: [...response.headers],
      },
    )
  }
  const health = await fetchIn(new Request('http://sitrep.test/health'))
  if (!health.ok)
    throw new Error(`the Worker did not start: ${health.status} ${await health.text()}`)
  const keysStore = await openD1Store(await mf.getD1Database('DB'))
  return {
    name: 'workerd + D1',
    fetch: fetchIn,
    keys: await makeKeys(keysStore),
    close: async () => {
      await keysStore.close()
      await mf.dispose()
    },
  }
}
