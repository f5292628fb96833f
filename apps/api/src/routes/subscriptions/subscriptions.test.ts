import { CreatedSubscription, Delivery, Subscription } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { seededApp } from '../../testing/seeded-app.ts'
import { newSealingKey, secretBox } from '../../webhooks/secret-box.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
const keys = { admin: '', editor: '', other: '', reader: '' }
beforeAll(async () => {
  ctx = await seededApp({ webhooks: { box: await secretBox(newSealingKey()) } })
  for (const role of ['admin', 'editor', 'reader'] as const)
    keys[role] = (await ctx.store.createApiKey({ role, label: role })).key
  keys.other = (await ctx.store.createApiKey({ role: 'editor', label: 'other desk' })).key
})
afterAll(() => ctx.store.close())

const call = (key: string, method: string, path = '', body?: unknown) =>
  ctx.app.request(`/v1/subscriptions${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })

const target = { url: 'https://hooks.example.org/sitrep', filter: { placeId: 'tr' } }

describe('/v1/subscriptions', () => {
  it('creates a subscription for an editor and shows its secret only once', async () => {
    const res = await call(keys.editor, 'POST', '', { ...target, description: 'desk alerts' })
    expect(res.status).toBe(201)
    const created = CreatedSubscription.parse(await res.json())
    expect(created.secret).toMatch(/^whsec_/)
    expect(created.events).toHaveLength(4)
    const listed = await (await call(keys.editor, 'GET')).text()
    expect(listed).toContain(created.id)
    expect(listed).not.toContain(created.secret)
    const one = Subscription.parse(await (await call(keys.editor, 'GET', `/${created.id}`)).json())
    expect(one.filter).toEqual({ placeId: 'tr' })
  })

  it('pauses, resumes and deletes; another editor neither sees nor changes it', async () => {
    const { id } = CreatedSubscription.parse(
      await (await call(keys.editor, 'POST', '', target)).json(),
    )
    const paused = await call(keys.editor, 'PATCH', `/${id}`, { status: 'paused' })
    expect(Subscription.parse(await paused.json()).status).toBe('paused')
    expect((await call(keys.other, 'GET', `/${id}`)).status).toBe(404)
    expect((await call(keys.other, 'DELETE', `/${id}`)).status).toBe(404)
    const all = z
      .object({ items: z.array(Subscription) })
      .parse(await (await call(keys.admin, 'GET')).json())
    expect(all.items.map((s) => s.id)).toContain(id)
    expect((await call(keys.editor, 'PATCH', `/${id}`, { status: 'active' })).status).toBe(200)
    expect((await call(keys.editor, 'DELETE', `/${id}`)).status).toBe(204)
    expect((await call(keys.editor, 'GET', `/${id}`)).status).toBe(404)
  })

  it('refuses readers, plain-http and private targets', async () => {
    expect((await call(keys.reader, 'POST', '', target)).status).toBe(403)
    expect((await ctx.app.request('/v1/subscriptions')).status).toBe(401)
    for (const url of ['http://hooks.example.org/x', 'https://127.0.0.1/x', 'https://localhost/x'])
      expect((await call(keys.editor, 'POST', '', { url })).status).toBe(422)
  })

  it('lists deliveries with their attempts and queues one again', async () => {
    const { id } = CreatedSubscription.parse(
      await (await call(keys.editor, 'POST', '', { url: target.url })).json(),
    )
    const talk = (await ctx.store.getRecord('talk-istanbul-2025-07')).record
    await ctx.store.updateRecord(talk.id, { ...talk, title: `${talk.title}.` }, 1, { by: 'test' })
    await ctx.store.fanOut(100)
    const page = z
      .object({ items: z.array(Delivery) })
      .parse(await (await call(keys.editor, 'GET', `/${id}/deliveries`)).json())
    expect(page.items.map((d) => d.event)).toEqual(['record.updated'])
    const [delivery] = page.items
    const retry = await call(keys.editor, 'POST', `/${id}/deliveries/${delivery?.id}/retry`)
    expect(retry.status).toBe(202)
    const unknown = await call(
      keys.editor,
      'POST',
      `/${id}/deliveries/msg_000000000000000000000000/retry`,
    )
    expect(unknown.status).toBe(404)
  })
})
