import { Overloaded, type Store } from '@sitrep/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { seededApp } from '../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp()
})
afterAll(() => ctx.store.close())

describe('a store refusing a read under load', () => {
  it('answers 503 problem+json with Retry-After, and logs no fault', async () => {
    const busy: Store = Object.create(ctx.store)
    // `/v1/stats` reads the figures as bytes (statsJson); both ways of reading them refuse.
    for (const method of ['stats', 'statsJson'])
      Object.defineProperty(busy, method, {
        value: async () => {
          throw new Overloaded('budget', 7)
        },
      })
    const logged: unknown[] = []
    const app = createApp({ store: busy, rateLimit: false, logError: (e) => logged.push(e) })
    const res = await app.request('/v1/stats?from=2025-01-01')
    expect(res.status).toBe(503)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(res.headers.get('retry-after')).toBe('7')
    expect(await res.json()).toMatchObject({ type: '/problems/overloaded', status: 503 })
    expect(logged).toEqual([])
    // Other reads still answer.
    expect((await app.request('/v1/talks')).status).toBe(200)
  })
})
