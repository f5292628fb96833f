import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openSqliteStore } from '@sitrep/store/sqlite'
import BetterSqlite3 from 'better-sqlite3'
import { createApp } from '../src/app.ts'
import { scenarios } from './scenarios.ts'

/**
 * Where one scenario's SQL time goes, statement by statement: each URL is requested once
 * in-process to record its statements, then every statement is run alone on its own read-only
 * connection and timed. Prints each distinct statement's p50 and its query plan, slowest first.
 *
 *   tsx bench/statements.ts --size 1000000 --only list [--samples 100]
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    only: { type: 'string', default: 'list' },
    samples: { type: 'string', default: '100' },
    dir: { type: 'string' },
  },
})

const dataDir =
  values.dir ?? join(import.meta.dirname, '../../../.bench-data/api', `sqlite-${values.size}`)
const scenario = scenarios().find((s) => s.name === values.only)
if (!scenario) throw new Error(`no scenario ${values.only}`)

type Statement = { sql: string; parameters: readonly unknown[] }
let recording: Statement[] | undefined
const store = await openSqliteStore({
  file: join(dataDir, 'sitrep.db'),
  onQuery: (sql, parameters) => recording?.push({ sql, parameters }),
})
const raw = new BetterSqlite3(join(dataDir, 'sitrep.db'), { readonly: true })
raw.pragma('cache_size = -262144')
raw.pragma('mmap_size = 1073741824')
const app = createApp({ store, rateLimit: false, responseCache: false })

const timings = new Map<string, { times: number[]; example: readonly unknown[] }>()
const appTimes: number[] = []
for (const url of scenario.urls.slice(0, Number(values.samples))) {
  recording = []
  await (await app.request(url)).arrayBuffer()
  const statements = recording
  recording = undefined
  const start = performance.now()
  await (await app.request(url)).arrayBuffer()
  appTimes.push(performance.now() - start)
  for (const { sql, parameters } of statements) {
    const statement = raw.prepare(sql)
    if (!statement.reader) continue
    statement.all(...parameters)
    const t = performance.now()
    statement.all(...parameters)
    const entry = timings.get(sql) ?? { times: [], example: parameters }
    entry.times.push(performance.now() - t)
    timings.set(sql, entry)
  }
}

const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)] ?? 0
console.log(`${scenario.name} at ${values.size}: app p50 ${p(appTimes, 0.5).toFixed(2)} ms`)
const rows = [...timings.entries()].sort((a, b) => p(b[1].times, 0.5) - p(a[1].times, 0.5))
for (const [sql, { times, example }] of rows) {
  console.log(
    `\n${p(times, 0.5).toFixed(3)} ms p50, ${p(times, 0.9).toFixed(3)} p90, ×${times.length}\n${sql}`,
  )
  console.log(`params: ${JSON.stringify(example)}`)
  for (const step of raw.prepare(`explain query plan ${sql}`).all(...example) as {
    detail: string
  }[])
    console.log(`  ${step.detail}`)
}
raw.close()
await store.close()
