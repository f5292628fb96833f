import { serve } from '@hono/node-server'
import { afterEach, describe, expect, it } from 'vitest'
import { seededApp } from '../testing/seeded-app.ts'
import { nodeClientAddress } from './node-client-address.ts'

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

/** The Node entry's wiring on a real loopback socket, limited to two requests a minute. */
const listeningApi = async (trusted: readonly string[]) => {
  const { app, store } = await seededApp({
    rateLimit: { limit: 2, windowMs: 60_000 },
    clientAddress: nodeClientAddress(trusted),
  })
  const server = await new Promise<ReturnType<typeof serve>>((done) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => done(s))
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('the test API has no port')
  closers.push(async () => {
    await new Promise<void>((done) => server.close(() => done()))
    await store.close()
  })
  return async (forwardedFor: string) =>
    (
      await fetch(`http://127.0.0.1:${address.port}/v1/talks?limit=1`, {
        headers: { 'x-forwarded-for': forwardedFor },
      })
    ).status
}

describe('the Node server’s rate limit by connecting address', () => {
  it('puts forged X-Forwarded-For values from an untrusted peer in the peer’s one bucket', async () => {
    // 127.0.0.1 is not listed, so the test's own loopback connection counts as a stranger.
    const talksFrom = await listeningApi(['192.0.2.1'])
    expect([
      await talksFrom('198.51.100.1'),
      await talksFrom('198.51.100.2'),
      await talksFrom('198.51.100.3'),
    ]).toEqual([200, 200, 429])
  })

  it('gives each visitor a trusted web server forwards a bucket of their own', async () => {
    const talksFrom = await listeningApi(['127.0.0.1', '::1'])
    expect([
      await talksFrom('198.51.100.1'),
      await talksFrom('198.51.100.1'),
      await talksFrom('198.51.100.1'),
    ]).toEqual([200, 200, 429])
    expect([await talksFrom('198.51.100.2'), await talksFrom('2001:db8::2')]).toEqual([200, 200])
  })
})
