import { Problem } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../../testing/seeded-app.ts'
import { pageOf, storedOf } from './records.routes.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp()
})
afterAll(() => ctx.store.close())

const get = (path: string) => ctx.app.request(path)
const TalkPage = pageOf(storedOf('talk'))

describe('GET /v1/<kind> serves the seed', () => {
  it('lists the three Istanbul rounds newest first, oldest first on sort=date', async () => {
    const res = await get('/v1/talks')
    expect(res.status).toBe(200)
    const page = TalkPage.parse(await res.json())
    expect(page.items.map((t) => t.record.round)).toEqual([3, 2, 1])
    const oldest = TalkPage.parse(await (await get('/v1/talks?sort=date')).json())
    expect(oldest.items.map((t) => t.record.round)).toEqual([1, 2, 3])
  })

  it('carries both date claims of the July round, each with its evidence', async () => {
    const res = await get('/v1/talks/talk-istanbul-2025-07')
    const { record, meta } = storedOf('talk').parse(await res.json())
    expect(meta.version).toBe(1)
    const dates = record.claims.filter((c) => c.fact === 'date')
    expect(dates.map((c) => [c.value.resolved && c.value.start, c.quote.slice(0, 17)])).toEqual([
      ['2025-07-23', 'The next round of'],
      ['2025-07-24', 'The Russian state'],
    ])
  })

  it.each([
    ['/v1/aid', 6],
    ['/v1/attacks', 2],
    ['/v1/statements', 22],
  ])('lists every seed record at %s', async (path, count) => {
    const res = await get(`${path}?limit=100`)
    const body = pageOf(storedOf('aid').or(storedOf('attack')).or(storedOf('statement'))).parse(
      await res.json(),
    )
    expect(body.items).toHaveLength(count)
  })

  it('refuses a cursor it never issued as a cursor, not as a record', async () => {
    const res = await get('/v1/attacks?cursor=garbage')
    expect(res.status).toBe(422)
    expect(Problem.parse(await res.json())).toMatchObject({
      detail: 'invalid cursor',
      issues: [{ path: 'cursor' }],
    })
  })

  it('pages with an opaque cursor until the last page, without repeats', async () => {
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const res = await get(
        `/v1/statements?limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      )
      const page = pageOf(storedOf('statement')).parse(await res.json())
      seen.push(...page.items.map((s) => s.record.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toHaveLength(22)
    expect(new Set(seen).size).toBe(22)
  })

  it('filters by place, a region including the places inside it', async () => {
    const res = await get('/v1/attacks?placeId=ua-ivano-frankivsk-oblast')
    const page = pageOf(storedOf('attack')).parse(await res.json())
    expect(page.items.map((a) => a.record.id)).toEqual(['attack-ru-drones-ukraine-2025-07-21'])
  })
})

describe('errors are problem+json', () => {
  const problemOf = async (res: Response) => {
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    return Problem.parse(await res.json())
  }

  it('names an unknown query parameter', async () => {
    const res = await get('/v1/talks?colour=red')
    expect(res.status).toBe(400)
    expect((await problemOf(res)).issues).toEqual([{ path: 'colour', message: 'unknown field' }])
  })

  it.each([
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['from=2025-07-30&to=2025-07-01', 'to'],
    ['from=yesterday', 'from'],
  ])('refuses %s, naming %s', async (query, field) => {
    const res = await get(`/v1/talks?${query}`)
    expect(res.status).toBe(400)
    expect((await problemOf(res)).issues?.map((i) => i.path)).toContain(field)
  })

  it('answers 404 for an unknown id, and for a record of another kind', async () => {
    for (const path of ['/v1/talks/no-such-talk', '/v1/aid/talk-istanbul-2025-07']) {
      const res = await get(path)
      expect(res.status).toBe(404)
      expect((await problemOf(res)).type).toBe('/problems/not-found')
    }
  })

  it('answers 404 problem+json for an unknown route', async () => {
    expect((await problemOf(await get('/v2/nothing'))).status).toBe(404)
  })

  it('logged no server error along the way', () => {
    expect(ctx.errors).toEqual([])
  })
})
