import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
