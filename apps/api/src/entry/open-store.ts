import { actors, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import type { Store } from '@sitrep/store'
import { describeDatabase, openNodeStore, type WriteGateBuffer } from '@sitrep/store/node'
import type { NodeConfig } from '../config/node-config.ts'
import { announceUpgrade } from './announce-upgrade.ts'

/** Opens the configured engine (PostgreSQL when DATABASE_URL is set) and seeds it on first start. */
export const openConfiguredStore = async (
  config: NodeConfig,
  /** The server answers reads from worker threads; a command line reads on its own thread. */
  use: { serving: boolean; writeGate?: WriteGateBuffer } = { serving: false },
): Promise<{ store: Store; where: string; seeded: boolean }> => {
  const location = { databaseUrl: config.DATABASE_URL, dataDir: config.SITREP_DATA_DIR }
  const store = await openNodeStore({
    ...location,
    readThreads: use.serving ? config.SITREP_READ_THREADS : 0,
    checkpointThread: use.serving,
    writeGate: use.writeGate,
    // A command line's reads are its own, however long: the budget protects a server's others.
    ...(use.serving && { queryBudgetMs: config.SITREP_QUERY_BUDGET_MS }),
    onUpgrade: announceUpgrade(),
  })
  const seeded = await store.seed(
    { ...seedDataset, places, actors },
    { onUpgrade: announceUpgrade() },
  )
  return {
    store,
    where: describeDatabase(location).replace(/^(SQLite|PostgreSQL) /, '$1 at '),
    seeded,
  }
}
