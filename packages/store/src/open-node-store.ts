import { join } from 'node:path'
import type { Store } from './store.ts'

export interface NodeStoreConfig {
  /** `postgres://…` switches to PostgreSQL; anything else (or nothing) means embedded SQLite. */
  databaseUrl?: string | undefined
  /** Where the SQLite file lives; the design card's default is ./data. */
  dataDir?: string | undefined
}

const isPostgresUrl = (url: string | undefined): url is string =>
  url !== undefined && /^postgres(ql)?:\/\//.test(url)

/** Where the store lives, safe to print: no password. */
export const describeDatabase = (config: NodeStoreConfig): string => {
  if (isPostgresUrl(config.databaseUrl)) {
    const url = new URL(config.databaseUrl)
    return `PostgreSQL ${url.hostname}:${url.port || '5432'}${url.pathname}`
  }
  return `SQLite ${join(config.dataDir ?? 'data', 'sitrep.db')}`
}

/** An upgrade can take a minute on a large store: say so before it starts, not after. */
const announceUpgrade = (pending: string[]) =>
  console.error(
    `sitrep store: upgrading the database (${pending.join(', ')}); on a large store this takes a while`,
  )

/**
 * The store a Node entry (API server, CLI, benchmarks) opens from its configuration. Each driver
 * is imported only when chosen, so SQLite users never load pg and the reverse.
 */
export const openNodeStore = async (config: NodeStoreConfig): Promise<Store> => {
  if (isPostgresUrl(config.databaseUrl)) {
    const { openPostgresStore } = await import('./dialects/postgres.ts')
    return openPostgresStore({ url: config.databaseUrl, onUpgrade: announceUpgrade })
  }
  const { openSqliteStore } = await import('./dialects/sqlite.ts')
  return openSqliteStore({
    file: join(config.dataDir ?? 'data', 'sitrep.db'),
    onUpgrade: announceUpgrade,
  })
}
