import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

export type Statement = { sql: string; parameters: readonly unknown[] }

export interface Ceiling {
  /** Requests' SQL answered per second with nothing but SQLite running, on `threads` threads. */
  readonly requestsPerSecond: number
  readonly threads: number
}

// Plain JavaScript: a worker thread started from a string runs without the TypeScript loader.
// Each thread opens its own read-only connection with the server's read pragmas and runs its
// share of the requests' statements once each, in turn, until its share or its time is spent.
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.file, { readonly: true })
db.pragma('cache_size = -262144')
db.pragma('mmap_size = 1073741824')
const prepared = new Map()
const started = performance.now()
const until = started + workerData.ms
let done = 0
for (const statements of workerData.requests) {
  if (performance.now() >= until) break
  for (const { sql, parameters } of statements) {
    let statement = prepared.get(sql)
    if (!statement) {
      statement = db.prepare(sql)
      prepared.set(sql, statement)
    }
    if (statement.reader) statement.all(...parameters)
  }
  done += 1
}
parentPort.postMessage({ done, ms: performance.now() - started })
db.close()
`

/**
 * The most requests a second this machine can answer when a request costs only its SQL: every
 * core runs the recorded statements of distinct requests on its own connection, as the server's
 * read threads do, with no HTTP, routing, validation or JSON. A server's throughput goal above
 * this figure cannot be met with these queries, whatever the code around them.
 */
export const sqlCeiling = async (
  file: string,
  requests: readonly Statement[][],
  seconds: number,
  threads = availableParallelism(),
): Promise<Ceiling> => {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3')
  const shares = Array.from({ length: threads }, (_, t) =>
    requests.filter((_, i) => i % threads === t),
  )
  // Timed inside each thread, from its first statement: starting a thread is not the SQL's cost.
  const runs = await Promise.all(
    shares.map(
      (share) =>
        new Promise<{ done: number; ms: number }>((resolve, reject) => {
          const worker = new Worker(THREAD, {
            eval: true,
            workerData: { driver, file, requests: share, ms: seconds * 1000 },
          })
          worker.once('message', resolve)
          worker.once('error', reject)
        }),
    ),
  )
  const perSecond = runs.reduce((sum, run) => sum + (run.done * 1000) / Math.max(run.ms, 1), 0)
  return { requestsPerSecond: Math.round(perSecond), threads }
}
