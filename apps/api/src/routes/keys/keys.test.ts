import { ApiKeyInfo } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { seededApp } from '../../testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
let admin: string
let editor: string
beforeAll(async () => {
  ctx = await seededApp()
  admin = (await ctx.store.createApiKey({ role: 'admin', label: 'ops' })).key
  editor = (await ctx.store.createApiKey({ role: 'editor', label: 'desk' })).key
})
afterAll(() => ctx.store.close())

const as = (key: string, method = 'GET', body?: unknown) =>
  ctx.app.request('/v1/keys', {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })

describe('/v1/keys is for admins', () => {
  it('creates a key that then works, lists it without its secret, and revokes it', async () => {
    const res = await as(admin, 'POST', { role: 'reader', label: 'widget' })
    expect(res.status).toBe(201)
    const { key, info } = z.object({ key: z.string(), info: ApiKeyInfo }).parse(await res.json())
    expect(
      (await ctx.app.request('/v1/talks', { headers: { authorization: `Bearer ${key}` } })).status,
    ).toBe(200)
    const listed = await (await as(admin)).text()
    expect(listed).toContain(info.id)
    expect(listed).not.toContain(key)
    const revoke = await ctx.app.request(`/v1/keys/${info.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${admin}` },
    })
    expect(revoke.status).toBe(204)
    expect(
      (await ctx.app.request('/v1/talks', { headers: { authorization: `Bearer ${key}` } })).status,
    ).toBe(401)
  })

  it('refuses an editor (403) and no key (401)', async () => {
    expect((await as(editor)).status).toBe(403)
    expect((await ctx.app.request('/v1/keys')).status).toBe(401)
  })

  it('refuses an unknown role with a problem naming it', async () => {
    const res = await as(admin, 'POST', { role: 'owner', label: 'x' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('role')
  })
})
