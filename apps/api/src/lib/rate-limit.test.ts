import { actors, Problem, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { openSqliteStore } from '@sitrep/store/sqlite'
import { describe, expect, it } from 'vitest'
import { type AppDeps, createApp } from '../app.ts'
import { behindTrustedProxies } from './client-address.ts'
import { trustedProxies } from './trusted-proxies.ts'

/** `app.request` has no socket: these requests arrive as if from the web server on loopback. */
const fromLoopback = behindTrustedProxies(() => '127.0.0.1', trustedProxies(['127.0.0.1']))

const limitedApp = async (deps: Omit<AppDeps, 'store' | 'rateLimit'> = {}) => {
  const store = await openSqliteStore({ file: ':memory:' })
  await store.seed({ ...seedDataset, places, actors })
  const app = createApp({ store, rateLimit: { limit: 3, windowMs: 60_000 }, ...deps })
  return { app, store }
}

const statusesOf = async (requests: (() => Response | Promise<Response>)[]) => {
  const statuses: number[] = []
  for (const request of requests) statuses.push((await request()).status)
  return statuses
}

describe('rate limiting', () => {
  it('answers the request over the limit with 429 problem+json and Retry-After', async () => {
    const { app, store } = await limitedApp({ clientAddress: fromLoopback })
    const visitor = { headers: { 'x-forwarded-for': '203.0.113.7' } }
    for (let i = 0; i < 3; i++) expect((await app.request('/v1/talks', visitor)).status).toBe(200)
    const last = await app.request('/v1/talks', visitor)
    expect(last.status).toBe(429)
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(last.headers.get('content-type')).toBe('application/problem+json')
    expect(Problem.parse(await last.json()).type).toBe('/problems/rate-limited')
    const other = await app.request('/v1/talks', { headers: { 'x-forwarded-for': '203.0.113.8' } })
    expect(other.status).toBe(200)
    await store.close()
  })

  it('gives a forged X-Forwarded-For or CF-Connecting-IP no bucket of its own', async () => {
    // No clientAddress: the entry vouches for nobody, so headers cannot pick the bucket.
    const { app, store } = await limitedApp()
    const forged = (i: number) => () =>
      app.request('/v1/talks', {
        headers: { 'x-forwarded-for': `198.51.100.${i}`, 'cf-connecting-ip': `192.0.2.${i}` },
      })
    expect(await statusesOf([1, 2, 3, 4, 5].map(forged))).toEqual([200, 200, 200, 429, 429])
    await store.close()
  })

  it('counts a request with an API key against the key, not the address it came from', async () => {
    const { app, store } = await limitedApp({ clientAddress: fromLoopback })
    const { key } = await store.createApiKey({ role: 'reader', label: 'newsroom' })
    const anonymous = () => app.request('/v1/talks')
    const keyed = () => app.request('/v1/talks', { headers: { authorization: `Bearer ${key}` } })
    expect(await statusesOf([anonymous, anonymous, anonymous, anonymous])).toEqual([
      200, 200, 200, 429,
    ])
    expect(await statusesOf([keyed, keyed, keyed, keyed])).toEqual([200, 200, 200, 429])
    await store.close()
  })

  it('counts the addresses of one IPv6 /64 as one client', async () => {
    const { app, store } = await limitedApp({ clientAddress: fromLoopback })
    const visitor = (address: string) => () =>
      app.request('/v1/talks', { headers: { 'x-forwarded-for': address } })
    const sameNetwork = ['2001:db8:1:2::1', '2001:db8:1:2::2', '2001:db8:1:2::3', '2001:db8:1:2::4']
    expect(await statusesOf(sameNetwork.map(visitor))).toEqual([200, 200, 200, 429])
    expect((await visitor('2001:db8:1:3::1')()).status).toBe(200)
    await store.close()
  })
})
