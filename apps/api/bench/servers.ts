import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

const apiDir = fileURLToPath(new URL('..', import.meta.url))

export const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      )
    })
  })

export interface Running {
  readonly url: string
  /** The server's process group (it is started detached), for reading its CPU time. */
  readonly pgid?: number
  readonly stop: () => Promise<void>
}

const waitFor = async (url: string, child: ChildProcess, what: string) => {
  const deadline = Date.now() + 600_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`)
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${what} did not answer at ${url}`)
}

const run = async (
  command: string,
  args: (port: number) => string[],
  env: (port: number) => NodeJS.ProcessEnv,
  probe: (port: number) => string,
  what: string,
) => {
  const port = await freePort()
  const child = spawn(command, args(port), {
    cwd: apiDir,
    env: { ...process.env, ...env(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  })
  const url = `http://127.0.0.1:${port}`
  await waitFor(probe(port), child, what)
  return {
    url,
    ...(child.pid !== undefined && { pgid: child.pid }),
    stop: async () => {
      if (child.exitCode !== null || child.pid === undefined) return
      const exited = new Promise((r) => child.once('exit', r))
      process.kill(-child.pid, 'SIGTERM')
      await exited
    },
  } satisfies Running
}

/**
 * The sitrep API exactly as `npm start` runs it, over a prepared data folder, with no rate limit;
 * `env` adds to its environment (a probe's preload).
 */
export const startSitrep = (dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<Running> =>
  run(
    'npm',
    () => ['run', 'start', '--silent'],
    (port) => ({
      ...env,
      PORT: String(port),
      SITREP_DATA_DIR: dataDir,
      SITREP_RATE_LIMIT_PER_MINUTE: '0',
      DATABASE_URL: '',
    }),
    (port) => `http://127.0.0.1:${port}/health`,
    'sitrep api',
  )

/**
 * The floor under any Node HTTP server on this machine: answers every path with the same
 * `bytes` of JSON, either from node:http alone or through Hono on @hono/node-server (the API's
 * own stack, with no routes, store or middleware).
 */
export const startBareServer = (stack: 'node' | 'hono', bytes: number): Promise<Running> => {
  const body = `Buffer.from(JSON.stringify({ items: 'x'.repeat(${Math.max(0, bytes - 13)}) }))`
  const script =
    stack === 'node'
      ? `import { createServer } from 'node:http'
const body = ${body}
createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length, etag: '"b"' })
  res.end(body)
}).listen(Number(process.env.PORT), '127.0.0.1')`
      : `import { serve } from '@hono/node-server'
import { Hono } from 'hono'
const body = ${body}
const app = new Hono().get('*', (c) => c.body(body, 200, { 'content-type': 'application/json', etag: '"b"' }))
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' })`
  return run(
    'node',
    () => ['--input-type=module', '-e', script],
    (port) => ({ PORT: String(port) }),
    (port) => `http://127.0.0.1:${port}/health`,
    `bare ${stack} server`,
  )
}

/** json-server 0.17 (the peer a user might pick) over the same records, read-only. */
export const startJsonServer = (file: string): Promise<Running> =>
  run(
    'node',
    (port) => [
      fileURLToPath(import.meta.resolve('json-server/lib/cli/bin.js')),
      '--read-only',
      '--quiet',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      file,
    ],
    () => ({}),
    (port) => `http://127.0.0.1:${port}/records?_limit=1`,
    'json-server',
  )
