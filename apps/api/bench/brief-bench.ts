// The situation brief at scale (not a test): weekly and daily briefs over the generated store of
// `size` records, answered in-process (no network, no response cache), so the time is the
// server's own. Usage: tsx bench/brief-bench.ts [size=1000000] [samples=15]
import { join } from 'node:path'
import { openSqliteStore } from '@sitrep/store/sqlite'
import { createApp } from '../src/app.ts'
import { benchDir } from './dataset.ts'

const size = Number(process.argv[2] ?? 1_000_000)
const samples = Number(process.argv[3] ?? 15)

const DAY = 86_400_000
const FIRST = Date.UTC(2022, 2, 1)
const LAST = Date.UTC(2026, 4, 31)
const day = (t: number) => new Date(t).toISOString().slice(0, 10)

/** Evenly spread periods over the generated years: the same ones every run. */
const periods = (length: number) =>
  Array.from({ length: samples }, (_, i) => {
    const start = FIRST + Math.floor(((LAST - FIRST) / DAY) * (i / samples)) * DAY
    return { from: day(start), to: day(start + (length - 1) * DAY) }
  })

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0
  return { p50: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1] ?? 0 }
}

const store = await openSqliteStore({ file: join(benchDir, `sqlite-${size}`, 'sitrep.db') })
const app = createApp({ store, rateLimit: false, responseCache: false })

const run = async (name: string, urls: string[]) => {
  // One pass warms the pages the queries touch, as a running server's would be.
  for (const url of urls) await (await app.request(url)).arrayBuffer()
  const times: number[] = []
  for (const url of urls) {
    const start = performance.now()
    const res = await app.request(url)
    await res.arrayBuffer()
    times.push(performance.now() - start)
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`)
  }
  const s = stats(times)
  console.log(
    `${name}: p50 ${s.p50.toFixed(1)} ms, p90 ${s.p90.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (${urls.length} periods, ${size} records)`,
  )
}

const url = (p: { from: string; to: string }, extra = '') =>
  `/v1/brief?from=${p.from}&to=${p.to}${extra}`
await run(
  'weekly brief',
  periods(7).map((p) => url(p)),
)
await run(
  'daily brief',
  periods(1).map((p) => url(p)),
)
await run(
  'weekly brief, Markdown',
  periods(7).map((p) => url(p, '&format=md')),
)
await run(
  'weekly brief in Kharkiv oblast',
  periods(7).map((p) => url(p, '&placeId=ua-kharkiv-oblast')),
)
await store.close()
console.log(`load ${(await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').trim()}`)
