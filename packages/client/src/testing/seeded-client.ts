import { createApp } from '@sitrep/api'
import { actors, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import type { Store } from '@sitrep/store'
import { openSqliteStore } from '@sitrep/store/sqlite'
import { type ClientOptions, createClient } from '../create-client.ts'

/**
 * A client talking to the real API over a real, seeded, in-memory SQLite store (or `existing`).
 * The app answers through `app.request`, so nothing listens on a port; `requests` records every
 * request sent, and `clientWith` makes another client of the same app (with an API key, say).
 */
export const seededClient = async (options: Partial<ClientOptions> = {}, existing?: Store) => {
  const store = existing ?? (await openSqliteStore({ file: ':memory:' }))
  if (!existing) await store.seed({ ...seedDataset, places, actors })
  // No rate limit: a test's requests all come from one address.
  const app = createApp({ store, rateLimit: false, logError: () => {} })
  const requests: Request[] = []
  const clientWith = (more: Partial<ClientOptions> = {}) =>
    createClient({
      baseUrl: 'http://sitrep.test',
      ...more,
      fetch: async (input, init) => {
        const request = new Request(input, init)
        requests.push(request.clone())
        return app.request(request)
      },
    })
  return { client: clientWith(options), clientWith, store, requests }
}
