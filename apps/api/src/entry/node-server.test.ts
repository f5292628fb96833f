import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { Problem } from '@sitrep/domain'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededApp } from '../testing/seeded-app.ts'
import { createNodeServer } from './node-server.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
let server: ReturnType<typeof createNodeServer>
let port = 0
beforeAll(async () => {
  ctx = await seededApp()
  server = createNodeServer(ctx.app.fetch)
  await new Promise<void>((resolve) =>
    server.listen(20_000 + Math.floor(Math.random() * 9_999), '127.0.0.1', resolve),
  )
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await ctx.store.close()
})

/** Sends raw bytes, as a broken client or an attacker would, and reads the whole answer. */
const raw = (request: string) =>
  new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request))
    let answer = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk) => {
      answer += chunk
    })
    socket.on('error', reject)
    socket.on('close', () => {
      const [head = '', body = ''] = answer.split('\r\n\r\n')
      resolve({
        status: Number(head.split(' ')[1]),
        type: /content-type: ([^\r\n]+)/i.exec(head)?.[1] ?? '',
        body,
      })
    })
  })

describe('the Node server answers what it cannot route with problem+json', () => {
  it.each([
    [
      'headers over 16 kB',
      `GET /v1/talks?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`,
      431,
      /16 kB/,
    ],
    ['a request line that is not HTTP', 'NOT HTTP AT ALL\r\n\r\n', 400, /not valid HTTP/],
    [
      'a backslash in the path',
      'GET /v1\\talks HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
      400,
      /Backslash/,
    ],
    [
      'a percent-encoded Host',
      'GET /v1/talks HTTP/1.1\r\nHost: loc%61lhost\r\nConnection: close\r\n\r\n',
      400,
      /host/i,
    ],
  ])('answers %s', async (_, request, status, detail) => {
    const answer = await raw(request)
    expect(answer.status).toBe(status)
    expect(answer.type).toBe('application/problem+json')
    const problem = Problem.parse(JSON.parse(answer.body))
    expect(problem.status).toBe(status)
    expect(problem.detail).toMatch(detail)
  })

  it('still serves ordinary requests', async () => {
    const answer = await raw('GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')
    expect(answer.status).toBe(200)
  })
})

describe('hostile raw requests to the Node server', () => {
  it('answer oversized headers and broken request lines with problem+json, never 5xx', async () => {
    const target = fc.oneof(
      fc.constantFrom('/health', '/v1/talks', '/v1\\talks', '/%', '//x', '*'),
      fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)) }),
    )
    const host = fc.constantFrom('localhost', 'loc%61lhost', 'evil.example:99999', '[::1', '')
    await fc.assert(
      fc.asyncProperty(target, host, fc.nat({ max: 40 }), async (path, hostName, kilobytes) => {
        const filler = kilobytes ? `X-Filler: ${'f'.repeat(kilobytes * 1024)}\r\n` : ''
        const answer = await raw(
          `GET ${path} HTTP/1.1\r\nHost: ${hostName}\r\n${filler}Connection: close\r\n\r\n`,
        )
        expect(answer.status).toBeLessThan(500)
        if (answer.status >= 400) expect(answer.type).toMatch(/^application\/problem\+json/)
      }),
      { numRuns: 60, seed: 20261206 },
    )
    expect(ctx.errors).toEqual([])
  })
})
