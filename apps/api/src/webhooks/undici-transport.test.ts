import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { undiciTransport } from './undici-transport.ts'
import { RESPONSE_EXCERPT_BYTES } from './webhook-transport.ts'

let server: Server
let base = ''
const transport = undiciTransport()

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume()
    if (req.url === '/redirect') res.writeHead(302, { location: '/ok' }).end()
    else if (req.url === '/big') res.writeHead(200).end('x'.repeat(1_000_000))
    else res.writeHead(200).end(`got ${req.headers['webhook-id']}`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await transport.close()
  server.close()
})

const post = (path: string) =>
  transport({ url: `${base}${path}`, headers: { 'webhook-id': 'msg_1' }, body: '{}' })

describe('undiciTransport', () => {
  it('sends the headers and returns the status and body', async () => {
    expect(await post('/ok')).toEqual({ status: 200, excerpt: 'got msg_1' })
  })

  it('does not follow a redirect', async () => {
    expect((await post('/redirect')).status).toBe(302)
  })

  it('keeps at most 4 kB of a large answer, then serves the next call', async () => {
    const { excerpt } = await post('/big')
    expect(excerpt.length).toBe(RESPONSE_EXCERPT_BYTES)
    expect((await post('/ok')).status).toBe(200)
  })

  it('rejects when nothing listens', async () => {
    await expect(
      transport({ url: 'http://127.0.0.1:1/', headers: {}, body: '{}' }),
    ).rejects.toThrow()
  })
})
