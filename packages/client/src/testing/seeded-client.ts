import { createApp } from '@sitrep/api'
import { actors, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import type { Store } from '@sitrep/store'
import { openSqliteStore } from '@sitrep/store/sqlite'
import { type ClientOptions, createClient } from '../create-client.ts'

/**
 * A client talking to the real API over a real, seeded, in-memory SQLite store. The app answers
 * through `app.request`, so nothing listens on a port; `requests` records every URL sent.
 */
export const seededClient = async (options: Partial<ClientOptions> = {}, existing?: Store) => {
  const store = existing ?? (await openSqliteStore({ file: ':memory:' }))
  if (!existing) await store.seed({ ...seedDataset, places, actors })
  const app = createApp({ store, logError: () => {}, rateLimit: false })
  const requests: Request[] = []
  const client = createClient({
    baseUrl: 'http://sitrep.test',
    ...options,
    fetch: async (input, init) => {
      const request = new Request(input, init)
      requests.push(request.clone())
      return app.request(request)
    },
  })
  return { client, store, requests }
}
