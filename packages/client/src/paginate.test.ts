import { describe, expect, it } from 'vitest'
import { paginate } from './paginate.ts'
import { seededClient } from './testing/seeded-client.ts'

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = []
  for await (const item of items) out.push(item)
  return out
}

describe('paginate', () => {
  it('walks every page of the records list and yields each record once, in order', async () => {
    const { client, requests } = await seededClient()
    const everything = await client.records.list({ limit: 500 })
    const paged = await collect(paginate(client.records.list, { limit: 3 }))
    expect(paged.map((i) => i.record.id)).toEqual(everything.items.map((i) => i.record.id))
    expect(requests.length - 1).toBe(Math.ceil(everything.items.length / 3))
  })

  it('keeps the filters on every page', async () => {
    const { client } = await seededClient()
    const talks = await collect(paginate(client.records.list, { kind: ['talk'], limit: 1 }))
    expect(talks.map((t) => t.record.kind)).toEqual(['talk', 'talk', 'talk'])
  })

  it('stops fetching when the loop breaks', async () => {
    const { client, requests } = await seededClient()
    for await (const _ of paginate(client.talks.list, { limit: 1 })) break
    expect(requests).toHaveLength(1)
  })
})
