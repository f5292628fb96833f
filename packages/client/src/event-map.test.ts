import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SitrepClient } from './create-client.ts'
import { seededClient } from './testing/seeded-client.ts'

let client: SitrepClient
let close: () => Promise<void>
beforeAll(async () => {
  const seeded = await seededClient()
  client = seeded.client
  close = () => seeded.store.close()
})
afterAll(() => close())

describe('client.eventMap', () => {
  it("maps the seed's attacks at a zoom, and its talks", async () => {
    const attacks = await client.eventMap({ zoom: 3 })
    expect(attacks).toMatchObject({ zoom: 3, radiusKm: 10, total: 2 })
    expect((await client.eventMap({ kind: 'talk' })).total).toBe(3)
  })

  it('throws the API problem for a bad zoom', async () => {
    const refused = await client.eventMap({ zoom: 7 }).catch((error: unknown) => error)
    expect(refused).toMatchObject({ status: 400 })
  })
})
