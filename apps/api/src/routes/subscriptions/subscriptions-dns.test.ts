import { CreatedSubscription } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../../testing/seeded-app.ts'
import type { HostResolver } from '../../webhooks/public-addresses.ts'
import { newSealingKey, secretBox } from '../../webhooks/secret-box.ts'

/** A resolver that answers from a table, as DNS would; unknown names do not resolve. */
const zone: Record<string, string[]> = {
  'hooks.example.org': ['93.184.215.14'],
  'intranet.example.org': ['10.0.0.7'],
  'metadata.example.org': ['169.254.169.254'],
  'sneaky.example.org': ['93.184.215.14', '127.0.0.1'],
  'mapped.example.org': ['::ffff:192.168.1.1'],
}
const resolveHost: HostResolver = async (name) => {
  const addresses = zone[name]
  if (!addresses) throw new Error(`getaddrinfo ENOTFOUND ${name}`)
  return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
}

let ctx: Awaited<ReturnType<typeof seededApp>>
let editor = ''
beforeAll(async () => {
  ctx = await seededApp({ webhooks: { box: await secretBox(newSealingKey()), resolveHost } })
  editor = (await ctx.store.createApiKey({ role: 'editor', label: 'desk' })).key
})
afterAll(() => ctx.store.close())

const call = (method: string, path: string, body: unknown) =>
  ctx.app.request(`/v1/subscriptions${path}`, {
    method,
    headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('/v1/subscriptions with names resolved', () => {
  it('refuses a public-looking name that resolves to a private, loopback or link-local address', async () => {
    for (const host of ['intranet', 'metadata', 'sneaky', 'mapped', 'nowhere']) {
      const res = await call('POST', '', { url: `https://${host}.example.org/hook` })
      expect(res.status, host).toBe(422)
      expect(await res.text()).toContain('the target URL is refused')
    }
  })

  it('accepts a name that resolves only to public addresses, and checks a changed URL again', async () => {
    const res = await call('POST', '', { url: 'https://hooks.example.org/hook' })
    expect(res.status).toBe(201)
    const { id } = CreatedSubscription.parse(await res.json())
    const moved = await call('PATCH', `/${id}`, { url: 'https://intranet.example.org/hook' })
    expect(moved.status).toBe(422)
    expect(await moved.text()).toContain('10.0.0.7 (private)')
  })
})
