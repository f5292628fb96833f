import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { AppEnv } from './app-env.ts'
import { readsPerClient } from './reads-per-client.ts'

/** An app whose reads finish only when the test says so, counting those running at once. */
const gatedApp = (inFlight: number, waiting: number) => {
  const gates: (() => void)[] = []
  let running = 0
  let most = 0
  const app = new Hono<AppEnv>()
  app.onError((error, c) => c.text(error.name, 503))
  app.use(
    '/v1/*',
    readsPerClient({ inFlight, waiting }, (c) => c.req.header('x-client') ?? 'anon', [
      '/v1/stream',
    ]),
  )
  app.get('/v1/*', async (c) => {
    running += 1
    most = Math.max(most, running)
    await new Promise<void>((open) => gates.push(open))
    running -= 1
    return c.text('ok')
  })
  const openAll = async () => {
    while (gates.length > 0 || running > 0) {
      gates.shift()?.()
      await new Promise((r) => setTimeout(r, 1))
    }
  }
  return { app, openAll, most: () => most, running: () => running }
}

const get = (app: Hono<AppEnv>, client: string, path = '/v1/records') =>
  app.request(path, { headers: { 'x-client': client } })

describe('reads per client', () => {
  it('computes at most inFlight of one client at once, the rest in its own line', async () => {
    const { app, openAll, most } = gatedApp(2, 10)
    const replies = Array.from({ length: 6 }, () => get(app, 'looper'))
    await new Promise((r) => setTimeout(r, 5))
    await openAll()
    expect((await Promise.all(replies)).map((r) => r.status)).toEqual([
      200, 200, 200, 200, 200, 200,
    ])
    expect(most()).toBe(2)
  })

  it('lets another client in while one has its line full', async () => {
    const { app, openAll, running } = gatedApp(1, 10)
    const looper = Array.from({ length: 3 }, () => get(app, 'looper'))
    const other = get(app, 'reader')
    await new Promise((r) => setTimeout(r, 5))
    expect(running()).toBe(2)
    await openAll()
    expect((await other).status).toBe(200)
    await Promise.all(looper)
  })

  it('refuses a read beyond the line with the overloaded problem', async () => {
    const { app, openAll } = gatedApp(1, 1)
    const first = [get(app, 'looper'), get(app, 'looper')]
    const refused = await get(app, 'looper')
    expect(refused.status).toBe(503)
    expect(await refused.text()).toBe('Overloaded')
    await openAll()
    expect((await Promise.all(first)).map((r) => r.status)).toEqual([200, 200])
  })

  it('leaves the skipped paths (streams, exports) alone', async () => {
    const { app, openAll, most } = gatedApp(1, 0)
    const streams = [get(app, 'a', '/v1/stream'), get(app, 'a', '/v1/stream')]
    await new Promise((r) => setTimeout(r, 5))
    expect(most()).toBe(2)
    await openAll()
    await Promise.all(streams)
  })
})
