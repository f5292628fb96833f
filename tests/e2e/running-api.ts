import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const repoRoot = resolve(import.meta.dirname, '../..')

/** A free loopback port, asked of the OS rather than guessed. */
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

export interface RunningApi {
  readonly url: string
  readonly dataDir: string
  readonly output: () => string
  readonly stop: () => Promise<void>
}

/** Polls until `url` answers 200, or fails with what the process printed. */
const waitForHealth = async (url: string, child: ChildProcess, output: () => string) => {
  // npm start may build the web first (a minute or two on a slow machine).
  const deadline = Date.now() + 300_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`api exited with ${child.exitCode}:\n${output()}`)
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`api did not answer within 300 s:\n${output()}`)
}

/** Runs the README's `npm start` in its own process group, against a data folder of its own. */
export const startApi = async (options: { dataDir?: string } = {}): Promise<RunningApi> => {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'sitrep-e2e-')))
  const port = await freePort()
  // npm start runs the web beside the API; it gets a free port too, so port 3000 may be taken.
  const webPort = await freePort()
  const child = spawn('npm', ['start', '--silent'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      WEB_PORT: String(webPort),
      SITREP_DATA_DIR: dataDir,
      DATABASE_URL: '',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let printed = ''
  child.stdout?.on('data', (d) => (printed += d))
  child.stderr?.on('data', (d) => (printed += d))
  const output = () => printed
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return
    const exited = new Promise((r) => child.once('exit', r))
    process.kill(-child.pid, 'SIGTERM')
    await exited
  }
  try {
    await waitForHealth(url, child, output)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, dataDir, output, stop }
}
