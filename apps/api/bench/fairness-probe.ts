// Where the fairness scenario's cached reader waits (not a test): the API as `npm start` runs
// it, with bench/loop-delay.mjs preloaded, answers one client looping uncached stats (4
// connections) beside another reading one kept URL (8), as `bench:api`'s fairness run does;
// each client is its own process, so neither measures the other's parsing. Printed: both
// clients' figures and the server's event-loop delay and garbage collections over the run.
//   tsx bench/fairness-probe.ts [--size 1000000] [--seconds 10]
import { fork } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ensureDatabase } from './dataset.ts'
import { drive, type LoadResult } from './load.ts'
import { scenarios } from './scenarios.ts'
import { startSitrep } from './servers.ts'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000000' },
    seconds: { type: 'string', default: '10' },
    // Set in the child processes this script starts as its two clients.
    client: { type: 'string' },
    origin: { type: 'string' },
  },
})
const seconds = Number(values.seconds)
const stats = scenarios().find((s) => s.name === 'stats')?.urls ?? []
const kept = scenarios()[0]?.urls[0] ?? '/v1/records?limit=50'

if (values.client && values.origin) {
  const looping = values.client === 'stats'
  const result = await drive(values.origin, looping ? stats : [kept], {
    seconds,
    connections: looping ? 4 : 8,
  })
  // Exiting before the message is flushed would lose it.
  process.send?.(result, () => process.exit(0))
}

const client = (name: string, origin: string, forSeconds = seconds) =>
  new Promise<LoadResult>((done, fail) => {
    const child = fork(
      fileURLToPath(import.meta.url),
      ['--client', name, '--origin', origin, '--seconds', String(forSeconds)],
      { execArgv: ['--import', 'tsx'] },
    )
    child.once('message', (m) => done(m as LoadResult))
    child.once('exit', (code) => code !== 0 && fail(new Error(`${name} client exited ${code}`)))
  })

/** The API's own process in the group (not npm's or its shell's): the one the preload reports from. */
const serverPids = (pgid: number) =>
  readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2])
        // npm's shell names node.ts too, and a shell ends on SIGUSR2: node's process only.
        const node = stat.includes('(node)')
        return (
          group === pgid && node && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node.ts')
        )
      } catch {
        return false
      }
    })
    .map(Number)

const report = join(tmpdir(), `sitrep-loop-${process.pid}.ndjson`)
const server = await startSitrep(await ensureDatabase(Number(values.size)), {
  NODE_OPTIONS: `--import ${fileURLToPath(new URL('./loop-delay.mjs', import.meta.url))}`,
  SITREP_LOOP_REPORT: report,
})
try {
  const pids = server.pgid === undefined ? [] : serverPids(server.pgid)
  const mark = () => {
    for (const pid of pids) process.kill(pid, 'SIGUSR2')
  }
  await fetch(`${server.url}${kept}`)
  // A warm-up, as the benchmark's scenarios are before its fairness run: code compiled, pages read.
  await Promise.all([client('stats', server.url, 3), client('cached', server.url, 3)])
  mark()
  const [looper, reader] = await Promise.all([
    client('stats', server.url),
    client('cached', server.url),
  ])
  mark()
  await new Promise((r) => setTimeout(r, 200))
  const loop = readFileSync(report, 'utf8').trim().split('\n').at(-1) ?? '{}'
  console.log(
    `${Number(values.size).toLocaleString('en')} records: cached reader ${reader.requestsPerSecond} req/s, p50 ${reader.p50ms} ms, p99 ${reader.p99ms} ms (goal ≤ 50) while stats ran at ${looper.requestsPerSecond} req/s (p50 ${looper.p50ms} ms); load ${reader.load}`,
  )
  console.log(`server event loop over the run: ${loop}`)
} finally {
  await server.stop()
  rmSync(report, { force: true })
}
