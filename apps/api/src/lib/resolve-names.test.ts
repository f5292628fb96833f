import { Problem } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { seededApp } from '../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp()
})
afterAll(() => ctx.store.close())

const get = (path: string) => ctx.app.request(path)
const text = async (path: string) => {
  const res = await get(path)
  expect(res.status, path).toBe(200)
  return res.text()
}

describe('names where ids are', () => {
  it.each([
    '/v1/records?placeId=',
    '/v1/attacks?placeId=',
    '/v1/stats?placeId=',
    '/v1/disputes?placeId=',
    '/v1/export?format=geojson&placeId=',
    '/v1/export?format=csv&placeId=',
  ])('%s answers a place’s name as its id', async (route) => {
    expect(await text(`${route}Kharkov`)).toBe(await text(`${route}ua-kharkiv`))
  })

  it('answers an actor’s name as its id', async () => {
    expect(await text('/v1/records?actorId=Zelenskyy')).toBe(
      await text('/v1/records?actorId=zelensky'),
    )
  })

  it('refuses a name no entry has with 400 problem+json and up to five suggestions', async () => {
    const res = await get('/v1/records?placeId=Kharkif')
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = Problem.extend({
      suggestions: z.array(z.object({ id: z.string(), name: z.string() })),
    }).parse(await res.json())
    expect(body.detail).toMatch(/did you mean ua-kharkiv \(Kharkiv\)/)
    expect(body.issues?.[0]?.path).toBe('placeId')
    expect(body.suggestions[0]).toEqual({ id: 'ua-kharkiv', name: 'Kharkiv' })
    expect(body.suggestions.length).toBeLessThanOrEqual(5)
  })

  it('knows an actor added after its copy of the dictionaries was made', async () => {
    expect((await get('/v1/records?actorId=Ada%20Newcomer')).status).toBe(400)
    const actors = await ctx.store.listActors()
    const [first] = actors
    if (!first) throw new Error('the seed has actors')
    await ctx.store.loadDictionaries({
      places: await ctx.store.listPlaces(),
      actors: [...actors, { ...first, id: 'ada-newcomer', name: 'Ada Newcomer', aliases: [] }],
    })
    expect((await get('/v1/records?actorId=Ada%20Newcomer')).status).toBe(200)
  })
})
