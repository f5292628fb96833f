import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, repoRoot } from '../e2e/running-api.ts'

/** A child in its own process group, so stopping it stops npm and everything it started. */
interface Running {
  readonly child: ChildProcess
  readonly output: () => string
}

const run = (args: string[], env: NodeJS.ProcessEnv): Running => {
  const child = spawn('npm', args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let printed = ''
  child.stdout?.on('data', (d) => (printed += d))
  child.stderr?.on('data', (d) => (printed += d))
  return { child, output: () => printed }
}

const stop = async ({ child }: Running) => {
  // A child ended by a signal has a signalCode and no exitCode; either way it is gone.
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise((r) => child.once('exit', r))
  process.kill(-child.pid, 'SIGTERM')
  await exited
}

/**
 * Polls until `url` answers 200. Readiness is a condition, not a delay: the deadline only bounds
 * a process that never comes up, and is generous for a slow 2-core machine.
 */
const waitFor = async (url: string, running: Running, name: string) => {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null)
      throw new Error(`${name} exited with ${running.child.exitCode}:\n${running.output()}`)
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${name} did not answer at ${url}:\n${running.output()}`)
}

/**
 * Polls until nothing listens at `url`. npm can exit on the signal while the API it started is
 * still finishing its graceful shutdown and answering; a test of "the API is down" must not race it.
 */
const waitUntilRefused = async (url: string) => {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const refused = await fetch(url, { headers: { connection: 'close' } }).then(
      () => false,
      () => true,
    )
    if (refused) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`something still answers at ${url}`)
}

/** The production build `next start` serves; built only when missing or older than a source. */
const buildWebIfStale = async () => {
  const build = spawn('node', ['apps/web/scripts/build-if-stale.mjs'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let printed = ''
  build.stdout.on('data', (d) => (printed += d))
  build.stderr.on('data', (d) => (printed += d))
  const code = await new Promise((done) => build.once('exit', done))
  if (code !== 0) throw new Error(`web build failed:\n${printed}`)
}

/** Runs an npm script of the repository against the stack's data folder; its output on failure. */
export const runScript = async (args: string[], dataDir: string): Promise<void> => {
  const script = run(args, { SITREP_DATA_DIR: dataDir, DATABASE_URL: '' })
  const code = await new Promise((done) => script.child.once('exit', done))
  if (code !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${script.output()}`)
}

/**
 * An editor key made on the stack's own data folder with the documented command, so the web can
 * be started with it as `SITREP_API_KEY` the way the README tells an editor to.
 */
const createEditorKey = async (dataDir: string): Promise<string> => {
  const keys = run(['run', 'keys', '--silent', '--', 'create', '--role', 'editor'], {
    SITREP_DATA_DIR: dataDir,
    DATABASE_URL: '',
  })
  let stdout = ''
  keys.child.stdout?.on('data', (d) => (stdout += d))
  const code = await new Promise((done) => keys.child.once('exit', done))
  const key = stdout.trim().split('\n').at(-1)
  if (code !== 0 || !key) throw new Error(`keys create failed:\n${keys.output()}`)
  return key
}

export interface WebStackOptions {
  /** Start the web with an editor key (the ingest page); without it the web has none. */
  readonly editorKey?: boolean
  /** Runs once the API has created and seeded the data folder, before the web starts. */
  readonly prepare?: (dataDir: string) => Promise<void>
  /** More settings for the API process (webhook tests allow loopback receivers). */
  readonly apiEnv?: NodeJS.ProcessEnv
}

/** How long starting the stack may take: a first `next build` on a slow 2-core machine. */
export const STACK_START_TIMEOUT_MS = 600_000

export interface WebStack {
  readonly apiUrl: string
  readonly webUrl: string
  readonly dataDir: string
  /** The editor key the web was started with, or '' without `editorKey`. */
  readonly editorKey: string
  /** Stops the API alone, to see how the web copes without it. */
  readonly stopApi: () => Promise<void>
  readonly stop: () => Promise<void>
}

/**
 * The real API over a fresh seeded SQLite folder, and `next start` over the production build
 * (built first when missing or stale), each on a free loopback port.
 */
export const startWebStack = async (options: WebStackOptions = {}): Promise<WebStack> => {
  await buildWebIfStale()
  const dataDir = await mkdtemp(join(tmpdir(), 'sitrep-web-'))
  const [apiPort, webPort] = [await freePort(), await freePort()]
  const apiUrl = `http://127.0.0.1:${apiPort}`
  const webUrl = `http://127.0.0.1:${webPort}`
  const api = run(['run', 'start', '--silent', '-w', '@sitrep/api'], {
    PORT: String(apiPort),
    SITREP_DATA_DIR: dataDir,
    DATABASE_URL: '',
    ...options.apiEnv,
  })
  let web: Running | undefined
  let key = ''
  const stopBoth = async () => {
    await Promise.all([web ? stop(web) : undefined, stop(api)])
  }
  try {
    // The key is made once the API has created and seeded the database.
    await waitFor(`${apiUrl}/health`, api, 'api')
    key = options.editorKey ? await createEditorKey(dataDir) : ''
    await options.prepare?.(dataDir)
    web = run(['run', 'start', '--silent', '-w', '@sitrep/web'], {
      WEB_PORT: String(webPort),
      SITREP_API_URL: apiUrl,
      SITREP_API_KEY: key,
    })
    await waitFor(`${webUrl}/talks`, web, 'web')
  } catch (error) {
    await stopBoth()
    throw error
  }
  const stopApi = async () => {
    await stop(api)
    await waitUntilRefused(`${apiUrl}/health`)
  }
  return { apiUrl, webUrl, dataDir, editorKey: key, stopApi, stop: stopBoth }
}
