import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { freePort, repoRoot } from '../e2e/running-api.ts'

const run = promisify(execFile)

/**
 * The API alone (`npm run start -w @sitrep/api`, what `npm start` runs beside the web), seeded
 * in a data folder of its own; the terminal test needs no web build. `prepare` runs first with
 * the API's environment, to load data the documented way (`npm run import:data`).
 */
export const startApiOnly = async ({
  prepare,
}: {
  prepare?: (env: NodeJS.ProcessEnv) => Promise<void>
} = {}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'sitrep-tui-'))
  const port = await freePort()
  const env = { ...process.env, PORT: String(port), SITREP_DATA_DIR: dataDir, DATABASE_URL: '' }
  await prepare?.(env)
  const child: ChildProcess = spawn('npm', ['run', 'start', '--silent', '-w', '@sitrep/api'], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let printed = ''
  child.stdout?.on('data', (d) => (printed += d))
  child.stderr?.on('data', (d) => (printed += d))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    // Ended by a signal, a process has no exit code but a signal code: stopped all the same.
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
    const exited = new Promise((r) => child.once('exit', r))
    process.kill(-child.pid, 'SIGTERM')
    await exited
  }
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`api exited with ${child.exitCode}:\n${printed}`)
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`api did not answer within 120 s:\n${printed}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  /** The README's way to the first key: `npm run keys -- create` on the same data folder. */
  const createKey = async (role: 'reader' | 'editor' | 'admin') => {
    const { stdout } = await run('npm', ['run', 'keys', '--', 'create', '--role', role], {
      cwd: repoRoot,
      env,
    })
    const key = stdout.trim().split('\n').at(-1)
    if (!key?.startsWith('sitrep_')) throw new Error(`no key in: ${stdout}`)
    return key
  }
  return { url, dataDir, stop, createKey, output: () => printed }
}

/** Both real datasets into the API's data folder, as the README loads them. */
export const importRealData = async (env: NodeJS.ProcessEnv): Promise<void> => {
  await run('npm', ['run', 'import:data'], { cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 })
}
