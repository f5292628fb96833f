import { seededApp } from '@sitrep/api/testing'
import { afterAll, beforeAll } from 'vitest'
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

/**
 * One seeded client for a whole test file: made before its tests, its store closed after them.
 * Read `client()` inside a test; it throws if asked before the file's setup ran.
 */
export const seededClientPerFile = () => {
  let seeded: Awaited<ReturnType<typeof seededClient>> | undefined
  beforeAll(async () => {
    seeded = await seededClient()
  })
  afterAll(() => seeded?.store.close())
  return () => {
    if (!seeded) throw new Error('the seeded client is made in beforeAll; read it inside a test')
    return seeded.client
  }
}
