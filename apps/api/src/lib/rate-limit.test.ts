import { actors, Problem, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { openSqliteStore } from '@sitrep/store/sqlite'
import { describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'

describe('rate limiting', () => {
  it('answers the request over the limit with 429 problem+json and Retry-After', async () => {
    const store = await openSqliteStore({ file: ':memory:' })
    await store.seed({ ...seedDataset, places, actors })
    const app = createApp({ store, rateLimit: { limit: 3, windowMs: 60_000 } })
    const statuses: number[] = []
    let last: Response | undefined
    for (let i = 0; i < 4; i++) {
      last = await app.request('/v1/talks', { headers: { 'x-forwarded-for': '203.0.113.7' } })
      statuses.push(last.status)
    }
    expect(statuses).toEqual([200, 200, 200, 429])
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(last?.headers.get('content-type')).toBe('application/problem+json')
    expect(Problem.parse(await last?.json()).type).toBe('/problems/rate-limited')
    const other = await app.request('/v1/talks', { headers: { 'x-forwarded-for': '203.0.113.8' } })
    expect(other.status).toBe(200)
    await store.close()
  })
})
