import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { Problem, problemType } from '@sitrep/domain'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createNodeServer } from './entry/node-server.ts'
import { seededApp } from './testing/seeded-app.ts'

let ctx: Awaited<ReturnType<typeof seededApp>>
let editor: string
beforeAll(async () => {
  ctx = await seededApp()
  editor = (await ctx.store.createApiKey({ role: 'editor', label: 'fuzz' })).key
})
afterAll(() => ctx.store.close())

/** Strings an attacker or a broken client sends: injections, markup, control bytes, huge runs. */
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.constantFrom(
    "' OR 1=1 --",
    '"; DROP TABLE records; --',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '%00',
    '\u0000\u0007\u001b[2J',
    '{"$ne": null}',
    'NaN',
    '-1',
    '1e308',
    '9'.repeat(400),
    'talk-istanbul-2025-07',
    '*',
  ),
)

const paths = fc.constantFrom(
  '/v1/talks',
  '/v1/aid',
  '/v1/attacks',
  '/v1/statements',
  '/v1/records',
  '/v1/events',
  '/v1/search',
  '/v1/disputes',
  '/v1/export',
  '/v1/keys',
  '/v1/import',
  '/v1/datasets',
)
const params = fc.dictionary(
  fc.constantFrom(
    'limit',
    'cursor',
    'kind',
    'from',
    'to',
    'placeId',
    'actorId',
    'q',
    'sort',
    'status',
    'format',
    'x',
  ),
  hostile,
  { maxKeys: 4 },
)

const request = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
  path: fc.oneof(
    paths,
    fc.tuple(paths, hostile).map(([p, id]) => `${p}/${encodeURIComponent(id)}`),
  ),
  query: params,
  contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-ndjson', ''),
  body: fc.oneof(
    hostile,
    fc.json(),
    fc.constant('{"kind":"talk",'),
    fc.integer({ min: 0, max: 3 }).map((n) => 'x'.repeat(n * 1024 * 1024)),
    // Bytes that are not UTF-8 (lone continuation bytes, truncated sequences), between lines.
    fc
      .array(fc.oneof(fc.constant(0x0a), fc.integer({ min: 0x80, max: 0xff }), fc.constant(0x7b)), {
        maxLength: 64,
      })
      .map((bytes) => Uint8Array.from(bytes)),
  ),
  /** Sent as a stream in chunks of this size (no Content-Length), as a large upload arrives. */
  streamedIn: fc.option(fc.integer({ min: 1, max: 4096 }), { nil: undefined }),
  /** A header far over what a proxy would pass; the app must not choke on it either. */
  filler: fc.option(
    fc.integer({ min: 1, max: 64 }).map((k) => 'f'.repeat(k * 1024)),
    {
      nil: undefined,
    },
  ),
  auth: fc.constantFrom('none', 'editor', 'garbage'),
  lastEventId: fc.option(hostile, { nil: undefined }),
})

const bytesOf = (body: string | Uint8Array) =>
  typeof body === 'string' ? new TextEncoder().encode(body) : body

const streamOf = (body: string | Uint8Array, size: number) => {
  const bytes = bytesOf(body)
  let at = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.byteLength) return controller.close()
      controller.enqueue(bytes.slice(at, at + size))
      at += size
    },
  })
}

const snapshot = async () => JSON.stringify((await ctx.store.listRecords({}, { limit: 500 })).items)

describe('2,000 malformed and hostile requests', () => {
  it('never answer 5xx, always explain errors as problem+json, and change no record', async () => {
    const before = await snapshot()
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const url = `${r.path}?${new URLSearchParams(r.query)}`
        const headers: Record<string, string> = {}
        if (r.contentType) headers['content-type'] = r.contentType
        if (r.auth === 'editor') headers.authorization = `Bearer ${editor}`
        if (r.auth === 'garbage') headers.authorization = 'Bearer sitrep_zzzzzzzz_garbage'
        // A header can only carry visible Latin-1; anything else fails in the client, not the API.
        if (r.lastEventId !== undefined)
          headers['last-event-id'] = r.lastEventId.replace(/[^\x20-\x7e]/g, '')
        if (r.filler !== undefined) headers['x-filler'] = r.filler
        const method = r.method
        const body =
          r.streamedIn === undefined
            ? { body: bytesOf(r.body) }
            : { body: streamOf(r.body, r.streamedIn), duplex: 'half' }
        const res = await ctx.app.request(url, {
          method,
          headers,
          ...(method === 'GET' ? {} : body),
        } as RequestInit)
        expect(res.status, `${method} ${url}`).toBeLessThan(500)
        if (res.status >= 400)
          expect(res.headers.get('content-type')).toBe('application/problem+json')
        await res.body?.cancel()
      }),
      { numRuns: 2000, seed: 20250721 },
    )
    expect(await snapshot()).toBe(before)
    expect(ctx.errors).toEqual([])
  })
})

describe('many streams at once', () => {
  it('holds each client to its cap: the streams over it get 429 problem+json', async () => {
    const capped = await seededApp({
      maxStreamsPerClient: 5,
      clientAddress: (c) => c.req.header('x-client') ?? 'unknown',
    })
    try {
      let client = 0
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 30 }), async (count) => {
          client += 1
          const aborts = Array.from({ length: count }, () => new AbortController())
          const answers = await Promise.all(
            aborts.map((abort) =>
              capped.app.request('/v1/stream', {
                signal: abort.signal,
                headers: { 'x-client': `198.51.100.${client}` },
              }),
            ),
          )
          const statuses = answers.map((res) => res.status).sort()
          expect(statuses.filter((s) => s === 200)).toHaveLength(Math.min(count, 5))
          expect(statuses.filter((s) => s === 429)).toHaveLength(Math.max(0, count - 5))
          for (const res of answers)
            if (res.status === 429)
              expect(res.headers.get('content-type')).toBe('application/problem+json')
          for (const abort of aborts) abort.abort()
          await Promise.all(answers.map((res) => res.body?.cancel().catch(() => undefined)))
        }),
        { numRuns: 40, seed: 20261206 },
      )
      expect(capped.errors).toEqual([])
    } finally {
      await capped.store.close()
    }
  })
})

/**
 * Sends one request over its own socket: the head, then the body in chunked transfer encoding,
 * chunk by chunk with a turn of the event loop between them, as a slow upload arrives, then
 * closes its side. A head over the server's limit goes in one write with its body, since the
 * server answers and closes before reading on.
 */
const sendRaw = (port: number, head: string, chunks: readonly Uint8Array[]) =>
  new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const frames = [
      ...chunks.map((chunk) =>
        Buffer.concat([
          Buffer.from(`${chunk.byteLength.toString(16)}\r\n`),
          chunk,
          Buffer.from('\r\n'),
        ]),
      ),
      Buffer.from('0\r\n\r\n'),
    ]
    let answer = ''
    let sent = false
    const socket = connect(port, '127.0.0.1', async () => {
      if (head.length > 16 * 1024) {
        socket.write(Buffer.concat([Buffer.from(head), ...frames]))
        return
      }
      socket.write(head)
      for (const frame of frames) {
        await new Promise((next) => setImmediate(next))
        if (socket.destroyed) return
        socket.write(frame)
      }
      sent = true
      if (complete(answer)) socket.end()
    })
    socket.setEncoding('latin1')
    // Kept open until the body is sent and the answer is whole: Node's server abandons a request
    // whose client half-closes, and resets a connection it closed on an early answer.
    socket.on('data', (chunk) => {
      answer += chunk
      if (sent && complete(answer)) socket.end()
    })
    // The server may answer before the body is in (401, 413) and close, so a write can fail
    // while its answer is still on the way: what it said counts, read when the socket closes.
    let failure: Error | undefined
    socket.on('error', (error) => {
      failure = error
    })
    socket.on('close', () => {
      if (!answer && failure) return reject(failure)
      const [top = '', body = ''] = answer.split('\r\n\r\n')
      resolve({
        status: Number(top.split(' ')[1]),
        type: /content-type: ([^\r\n]+)/i.exec(top)?.[1] ?? '',
        body,
      })
    })
  })

/** Whether an HTTP/1.1 answer has all its body, by Content-Length or the last chunk. */
const complete = (answer: string): boolean => {
  const end = answer.indexOf('\r\n\r\n')
  if (end < 0) return false
  const length = /content-length: (\d+)/i.exec(answer.slice(0, end))?.[1]
  if (length !== undefined) return answer.length - end - 4 >= Number(length)
  return answer.endsWith('\r\n0\r\n\r\n')
}

const rawRequest = fc.record({
  method: fc.constantFrom('POST', 'PUT', 'PATCH'),
  path: fc.constantFrom('/v1/import', '/v1/ingest', '/v1/records', '/v1/datasets/cir-events'),
  contentType: fc.constantFrom('application/x-ndjson', 'application/json', 'text/csv'),
  auth: fc.constantFrom('none', 'editor', 'garbage'),
  /** Kilobytes of one extra header: past 16 the server refuses the head (431). */
  headerKb: fc.nat({ max: 24 }),
  /** Bytes that are not UTF-8 between newlines and braces, split into chunks. */
  chunks: fc.array(
    fc
      .array(fc.oneof(fc.constant(0x0a), fc.integer({ min: 0x80, max: 0xff }), fc.constant(0x7b)), {
        minLength: 1,
        maxLength: 512,
      })
      .map((bytes) => Uint8Array.from(bytes)),
    { maxLength: 6 },
  ),
})

describe('hostile requests over real sockets, several at once', () => {
  let server: ReturnType<typeof createNodeServer>
  let port = 0
  beforeAll(async () => {
    server = createNodeServer(ctx.app.fetch)
    await new Promise<void>((resolve) =>
      server.listen(20_000 + Math.floor(Math.random() * 9_999), '127.0.0.1', resolve),
    )
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it('answer streamed invalid UTF-8 and oversized headers with problem+json, never 5xx', async () => {
    const before = await snapshot()
    await fc.assert(
      fc.asyncProperty(fc.array(rawRequest, { minLength: 1, maxLength: 8 }), async (batch) => {
        const answers = await Promise.all(
          batch.map((r) => {
            const auth =
              r.auth === 'editor'
                ? `Authorization: Bearer ${editor}\r\n`
                : r.auth === 'garbage'
                  ? 'Authorization: Bearer sitrep_zzzzzzzz_garbage\r\n'
                  : ''
            const filler = r.headerKb ? `X-Filler: ${'f'.repeat(r.headerKb * 1024)}\r\n` : ''
            const head = `${r.method} ${r.path} HTTP/1.1\r\nHost: localhost\r\n${auth}${filler}Content-Type: ${r.contentType}\r\nTransfer-Encoding: chunked\r\n\r\n`
            return sendRaw(port, head, r.chunks).then((answer) => ({ answer, r, head }))
          }),
        )
        for (const { answer, r, head } of answers) {
          const what = `${r.method} ${r.path} with ${head.length} bytes of head: ${JSON.stringify(answer).slice(0, 300)}`
          expect(answer.status, what).toBeGreaterThanOrEqual(200)
          expect(answer.status, what).toBeLessThan(500)
          if (answer.status >= 400) expect(answer.type, what).toBe('application/problem+json')
          if (head.length > 16 * 1024) {
            expect(answer.status, what).toBe(431)
            expect(Problem.parse(JSON.parse(answer.body)).type).toBe(
              problemType('headers-too-large'),
            )
          }
        }
      }),
      { numRuns: 60, seed: 20261206 },
    )
    expect(await snapshot()).toBe(before)
    expect(ctx.errors).toEqual([])
  }, 120_000)
})
