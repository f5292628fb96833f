import { NextRequest } from 'next/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'

let proxy: typeof import('./proxy.ts').proxy
beforeAll(async () => {
  // the web's defaults, whatever the shell running the tests sets
  vi.stubEnv('HOST', '')
  vi.stubEnv('WEB_PORT', '')
  vi.stubEnv('SITREP_WEB_ORIGINS', '')
  ;({ proxy } = await import('./proxy.ts'))
})

/** A server action post as a browser sends it, to the web's default address (127.0.0.1:3000). */
const actionPost = (host: string, origin: string) =>
  new NextRequest(`http://${host}/ingest`, {
    method: 'POST',
    headers: { host, origin, 'next-action': '7f00aa', 'content-type': 'text/plain' },
    body: '[]',
  })

describe('proxy', () => {
  it('answers a DNS-rebinding post to the ingest action with 403, before any action runs', async () => {
    const response = await proxy(actionPost('evil.example:43000', 'http://evil.example:43000'))
    expect(response.status).toBe(403)
    expect(await response.text()).toContain('evil.example:43000')
  })

  it('answers 403 when a prefetch header is added to the post', async () => {
    const request = actionPost('evil.example:43000', 'http://evil.example:43000')
    request.headers.set('next-router-prefetch', '1')
    expect((await proxy(request)).status).toBe(403)
  })

  it('passes the page’s own post on, with the Content-Security-Policy', async () => {
    const response = await proxy(actionPost('127.0.0.1:3000', 'http://127.0.0.1:3000'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
  })
})
