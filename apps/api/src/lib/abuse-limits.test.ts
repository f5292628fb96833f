import { actors, Problem, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { openSqliteStore } from '@sitrep/store/sqlite'
import { describe, expect, it } from 'vitest'
import { type AppDeps, createApp } from '../app.ts'

const limitedApp = async (deps: Omit<AppDeps, 'store'> = {}) => {
  const store = await openSqliteStore({ file: ':memory:' })
  await store.seed({ ...seedDataset, places, actors })
  const app = createApp({
    store,
    rateLimit: { limit: 3, windowMs: 60_000 },
    clientAddress: () => '198.51.100.9',
    ...deps,
  })
  return { app, store }
}

describe('limits on clients without a good key', () => {
  it('counts made-up keys against the address: 401 until the limit, then 429', async () => {
    const { app, store } = await limitedApp()
    try {
      const statuses: number[] = []
      for (let i = 0; i < 5; i++) {
        const res = await app.request('/v1/talks', {
          headers: { authorization: `Bearer made-up-${i}` },
        })
        statuses.push(res.status)
        expect(res.headers.get('content-type')).toBe('application/problem+json')
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429])
    } finally {
      await store.close()
    }
  })

  it('counts keyless requests to locked reads against the address too', async () => {
    const { app, store } = await limitedApp({ requireKeyForReads: true })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 4; i++) statuses.push((await app.request('/v1/talks')).status)
      expect(statuses).toEqual([401, 401, 401, 429])
    } finally {
      await store.close()
    }
  })

  it('accepts the bearer scheme in any case', async () => {
    const { app, store } = await limitedApp({ rateLimit: false, requireKeyForReads: true })
    try {
      const { key } = await store.createApiKey({ role: 'reader', label: 'r' })
      for (const scheme of ['Bearer', 'bearer', 'BEARER'])
        expect(
          (await app.request('/v1/talks', { headers: { authorization: `${scheme} ${key}` } }))
            .status,
        ).toBe(200)
    } finally {
      await store.close()
    }
  })
})

describe('open streams per client', () => {
  it('answers the stream over the cap with 429 problem+json naming the limit', async () => {
    const { app, store } = await limitedApp({ rateLimit: false, maxStreamsPerClient: 2 })
    const aborts = [new AbortController(), new AbortController()]
    try {
      for (const abort of aborts) {
        const res = await app.request('/v1/stream', { signal: abort.signal })
        expect(res.status).toBe(200)
      }
      const over = await app.request('/v1/stream')
      expect(over.status).toBe(429)
      expect(over.headers.get('content-type')).toBe('application/problem+json')
      expect(Problem.parse(await over.json()).detail).toMatch(/SITREP_MAX_STREAMS_PER_CLIENT/)
    } finally {
      for (const abort of aborts) abort.abort()
      await store.close()
    }
  })
})
