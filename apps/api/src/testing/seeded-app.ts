import { actors, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { openSqliteStore } from '@sitrep/store/sqlite'
import { type AppDeps, createApp } from '../app.ts'

/** The real app over a real, seeded, in-memory SQLite store. */
export const seededApp = async (deps: Omit<AppDeps, 'store'> = {}) => {
  const store = await openSqliteStore({ file: ':memory:' })
  await store.seed({ ...seedDataset, places, actors })
  const errors: unknown[] = []
  const app = createApp({ rateLimit: false, ...deps, store, logError: (e) => errors.push(e) })
  return { app, store, errors }
}
