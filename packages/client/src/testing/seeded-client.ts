import { seededApp } from '@sitrep/api/testing'
import { type ClientOptions, createClient } from '../create-client.ts'

/**
 * A client talking to the real API over a real, seeded, in-memory SQLite store.
 * The app answers through `app.request`, so nothing listens on a port; `requests` records every
 * request sent, and `clientWith` makes another client of the same app (with an API key, say).
 */
export const seededClient = async (options: Partial<ClientOptions> = {}) => {
  // No rate limit (seededApp's default): a test's requests all come from one address.
  const { app, store } = await seededApp()
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
