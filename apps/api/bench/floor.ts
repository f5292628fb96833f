import { join } from 'node:path'
import { openSqliteStore } from '@sitrep/store/sqlite'
import BetterSqlite3 from 'better-sqlite3'
import { createApp } from '../src/app.ts'
import type { Scenario } from './scenarios.ts'
import { type Ceiling, type Statement, sqlCeiling } from './sql-ceiling.ts'

export interface Floor {
  /** p50 of one request answered in-process (no network, no response cache), ms. */
  readonly appP50ms: number
  /** p50 of the same request's SQL statements run alone on their own connection, ms. */
  readonly sqlP50ms: number
  readonly ratio: number
  readonly statementsPerRequest: number
  /** The same requests' SQL alone on every core: the most any server could answer. */
  readonly ceiling: Ceiling
}

/** The middle sample (the upper of two): the bench's p50. */
export const p50 = (samples: readonly number[]) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/**
 * The server's own cost beside the SQL it issues: each URL is requested once to record its
 * statements (and warm the pages), then the request and its statements alone are timed. The
 * statements of every URL of the family (up to `ceilingUrls`) are recorded too and run alone on
 * all cores for `seconds`: the ceiling of the server's uncached throughput.
 */
export const measureFloor = async (
  dataDir: string,
  scenario: Scenario,
  seconds: number,
  samples = 150,
  ceilingUrls = 2000,
): Promise<Floor> => {
  let recording: Statement[] | undefined
  const store = await openSqliteStore({
    file: join(dataDir, 'sitrep.db'),
    onQuery: (sql, parameters) => recording?.push({ sql, parameters }),
  })
  const raw = new BetterSqlite3(join(dataDir, 'sitrep.db'), { readonly: true })
  raw.pragma('cache_size = -262144')
  raw.pragma('mmap_size = 1073741824')
  const prepared = new Map<string, BetterSqlite3.Statement>()
  const runAlone = (statements: Statement[]) => {
    for (const { sql, parameters } of statements) {
      let statement = prepared.get(sql)
      if (!statement) {
        statement = raw.prepare(sql)
        prepared.set(sql, statement)
      }
      if (statement.reader) statement.all(...parameters)
    }
  }
  const app = createApp({ store, rateLimit: false, responseCache: false })
  const appTimes: number[] = []
  const sqlTimes: number[] = []
  let statementCount = 0
  const everyUrl: Statement[][] = []
  try {
    for (const url of scenario.urls.slice(0, samples)) {
      recording = []
      await (await app.request(url)).arrayBuffer()
      const statements = recording
      recording = undefined
      statementCount += statements.length
      let start = performance.now()
      await (await app.request(url)).arrayBuffer()
      appTimes.push(performance.now() - start)
      start = performance.now()
      runAlone(statements)
      sqlTimes.push(performance.now() - start)
    }
    for (const url of scenario.urls.slice(0, ceilingUrls)) {
      recording = []
      await (await app.request(url)).arrayBuffer()
      everyUrl.push(recording)
      recording = undefined
    }
  } finally {
    raw.close()
    await store.close()
  }
  const [appP50ms, sqlP50ms] = [p50(appTimes), p50(sqlTimes)]
  const ceiling = await sqlCeiling(join(dataDir, 'sitrep.db'), everyUrl, seconds)
  return {
    ceiling,
    appP50ms,
    sqlP50ms,
    ratio: appP50ms / Math.max(sqlP50ms, 0.001),
    statementsPerRequest: statementCount / Math.max(1, Math.min(samples, scenario.urls.length)),
  }
}
