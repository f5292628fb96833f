import { CreatedSubscription, Delivery, Subscription } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { seededApp } from '../../testing/seeded-app.ts'
import { newSealingKey, secretBox } from '../../webhooks/secret-box.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
const keys = { editor: '', other: '' }
beforeAll(async () => {
  ctx = await seededApp({ webhooks: { box: await secretBox(newSealingKey()) } })
  keys.editor = (await ctx.store.createApiKey({ role: 'editor', label: 'desk' })).key
  keys.other = (await ctx.store.createApiKey({ role: 'editor', label: 'other desk' })).key
})
afterAll(() => ctx.store.close())

const get = (key: string, path: string) =>
  ctx.app.request(`/v1/subscriptions${path}`, { headers: { authorization: `Bearer ${key}` } })

describe('/v1/subscriptions and the response cache', () => {
  it('never answers one editor with another editor’s kept subscription', async () => {
    const res = await ctx.app.request('/v1/subscriptions', {
      method: 'POST',
      headers: { authorization: `Bearer ${keys.editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'https://hooks.example.org/desk' }),
    })
    const { id } = CreatedSubscription.parse(await res.json())
    expect(Subscription.parse(await (await get(keys.editor, `/${id}`)).json()).id).toBe(id)
    expect((await get(keys.other, `/${id}`)).status).toBe(404)
    expect((await get(keys.other, `/${id}/deliveries`)).status).toBe(404)
  })

  it('shows a delivery’s new attempt though no record was written since', async () => {
    const res = await ctx.app.request('/v1/subscriptions', {
      method: 'POST',
      headers: { authorization: `Bearer ${keys.editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'https://hooks.example.org/fresh', events: ['record.updated'] }),
    })
    const { id } = CreatedSubscription.parse(await res.json())
    const talk = (await ctx.store.getRecord('talk-istanbul-2025-07')).record
    await ctx.store.updateRecord(talk.id, { ...talk, title: `${talk.title}!` }, 1, { by: 'test' })
    await ctx.store.fanOut(100)
    const page = z.object({ items: z.array(Delivery) })
    const before = page.parse(await (await get(keys.editor, `/${id}/deliveries`)).json())
    const [delivery] = before.items
    if (!delivery) throw new Error('nothing queued')
    expect(delivery.attempts).toEqual([])
    await ctx.store.recordOutcomes([
      {
        deliveryId: delivery.id,
        subscriptionId: id,
        attempt: { attempt: 1, at: new Date().toISOString(), statusCode: 204, latencyMs: 4 },
        next: { status: 'delivered' },
      },
    ])
    const after = page.parse(await (await get(keys.editor, `/${id}/deliveries`)).json())
    expect(after.items[0]?.status).toBe('delivered')
  })
})
