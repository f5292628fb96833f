import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendingThreadTransport } from './sending-thread/sending-thread.ts'
import { undiciTransport } from './undici-transport.ts'
import { RESPONSE_EXCERPT_BYTES, type WebhookTransport } from './webhook-transport.ts'

let server: Server
let base = ''
const inProcess = undiciTransport()
let onThread: Awaited<ReturnType<typeof sendingThreadTransport>>

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume()
    if (req.url === '/redirect') res.writeHead(302, { location: '/ok' }).end()
    else if (req.url === '/big') res.writeHead(200).end('x'.repeat(1_000_000))
    else res.writeHead(200).end(`got ${req.headers['webhook-id']}`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  onThread = await sendingThreadTransport({ allowPrivateTargets: true })
})
afterAll(async () => {
  await inProcess.close()
  await onThread.close()
  server.close()
})

// The same client in process, and on the sending thread behind a message port.
describe.each([
  ['undiciTransport', () => inProcess],
  ['sendingThreadTransport', () => onThread],
] as const)('%s', (_, transportOf: () => WebhookTransport) => {
  const post = (path: string) =>
    transportOf()({ url: `${base}${path}`, headers: { 'webhook-id': 'msg_1' }, body: '{}' })

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

  it('rejects when nothing listens, saying why', async () => {
    const failed = await transportOf()({
      url: 'http://127.0.0.1:1/',
      headers: {},
      body: '{}',
    }).catch((error: unknown) => error)
    expect(failed).toBeInstanceOf(Error)
    const cause = (failed as Error).cause
    expect(`${(failed as Error).message} ${cause instanceof Error ? cause.message : ''}`).toMatch(
      /ECONNREFUSED|connect/i,
    )
  })

  it('answers many posts at once, each its own', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        transportOf()({ url: `${base}/ok`, headers: { 'webhook-id': `msg_${i}` }, body: '{}' }),
      ),
    )
    expect(answers.map((a) => a.excerpt)).toEqual(answers.map((_, i) => `got msg_${i}`))
  })
})

describe('sendingThreadTransport once its thread has ended', () => {
  it('fails a post at once instead of leaving it waiting', async () => {
    const ended = await sendingThreadTransport({ allowPrivateTargets: true })
    await ended.close()
    await expect(ended({ url: `${base}/ok`, headers: {}, body: '{}' })).rejects.toThrow(/closed/)
  })
})
