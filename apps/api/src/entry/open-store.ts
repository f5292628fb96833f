import { actors, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import type { Store } from '@sitrep/store'
import { type NodeConfig, sqliteFile } from './config.ts'

/** Opens the configured engine (PostgreSQL when DATABASE_URL is set) and seeds it on first start. */
export const openConfiguredStore = async (
  config: NodeConfig,
): Promise<{ store: Store; where: string; seeded: boolean }> => {
  const { store, where } = config.DATABASE_URL
    ? await import('@sitrep/store/postgres').then(async ({ openPostgresStore }) => ({
        store: await openPostgresStore({ url: config.DATABASE_URL ?? '' }),
        where: `PostgreSQL at ${new URL(config.DATABASE_URL ?? '').host}`,
      }))
    : await import('@sitrep/store/sqlite').then(async ({ openSqliteStore }) => ({
        store: await openSqliteStore({ file: sqliteFile(config) }),
        where: `SQLite at ${sqliteFile(config)}`,
      }))
  const seeded = await store.seed({ ...seedDataset, places, actors })
  return { store, where, seeded }
}
