import { serve } from '@hono/node-server'
import { seededApp } from '@sitrep/api/testing'
import { type ClientOptions, createClient } from '@sitrep/client'

/**
 * The real API over a seeded in-memory SQLite store, for tests only (the app itself talks to the
 * API through @sitrep/client alone). `client` answers in-process through `app.request`.
 */
export const seededApi = async () => {
  const { app, store } = await seededApp({ streamPollMs: 100 })
  const options: ClientOptions = {
    baseUrl: 'http://sitrep.test',
    fetch: async (input, init) => app.request(new Request(input, init)),
  }
  return { store, app, options, client: createClient(options) }
}

/** The same API listening on a loopback port, for the `sitrep` bin to call over HTTP. */
export const listeningApi = async () => {
  const api = await seededApi()
  const server = await new Promise<ReturnType<typeof serve>>((done) => {
    const s = serve({ fetch: api.app.fetch, port: 0, hostname: '127.0.0.1' }, () => done(s))
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('the test API has no port')
  const { port } = address
  const close = async () => {
    await new Promise<void>((done) => server.close(() => done()))
    await api.store.close()
  }
  return { ...api, url: `http://127.0.0.1:${port}`, close }
}

/** Polls until `check` passes, for conditions that arrive on their own schedule. */
export const eventually = async (check: () => void, timeoutMs = 20_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      check()
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((r) => setTimeout(r, 50))
    }
  }
}

/**
 * Sends keys until `check` passes. A screen listens once its effects have run, which on a
 * loaded machine can come well after it draws, and a key sent in between is lost; a person would
 * press again. Only for keys whose repetition cannot overshoot what `check` waits for.
 */
export const pressUntil = async (
  stdin: { write: (data: string) => unknown },
  keys: string,
  check: () => void,
  { tries = 4, waitMs = 5_000 } = {},
): Promise<void> => {
  for (let attempt = 1; ; attempt++) {
    stdin.write(keys)
    try {
      await eventually(check, waitMs)
      return
    } catch (error) {
      if (attempt >= tries) throw error
    }
  }
}
