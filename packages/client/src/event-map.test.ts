import { describe, expect, it } from 'vitest'
import { seededClientPerFile } from './testing/seeded-client.ts'

const seeded = seededClientPerFile()

describe('seeded().eventMap', () => {
  it("maps the seed's attacks at a zoom, and its talks", async () => {
    const attacks = await seeded().eventMap({ zoom: 3 })
    expect(attacks).toMatchObject({ zoom: 3, radiusKm: 10, total: 2 })
    expect((await seeded().eventMap({ kind: 'talk' })).total).toBe(3)
  })

  it('throws the API problem for a bad zoom', async () => {
    const refused = await seeded()
      .eventMap({ zoom: 7 })
      .catch((error: unknown) => error)
    expect(refused).toMatchObject({ status: 400 })
  })
})
