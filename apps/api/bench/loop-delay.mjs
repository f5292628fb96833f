// Preloaded into the API server by bench/fairness-probe.ts (NODE_OPTIONS=--import): on SIGUSR2 it
// appends to SITREP_LOOP_REPORT what held the event loop since the last signal — its delay
// histogram and the garbage collections by kind — then starts afresh. Plain JavaScript: it
// loads before the TypeScript loader. Only the server's own process reports (npm, which the
// same variable reaches, does not).
import { appendFileSync } from 'node:fs'
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks'

const report = process.env.SITREP_LOOP_REPORT
if (report && process.argv[1]?.endsWith('entry/node.ts')) {
  const delay = monitorEventLoopDelay({ resolution: 5 })
  delay.enable()
  const KINDS = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weakcb' }
  let collections = {}
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = KINDS[entry.detail?.kind] ?? 'other'
      const seen = collections[kind] ?? { count: 0, ms: 0, maxMs: 0 }
      collections[kind] = {
        count: seen.count + 1,
        ms: seen.ms + entry.duration,
        maxMs: Math.max(seen.maxMs, entry.duration),
      }
    }
  }).observe({ entryTypes: ['gc'] })
  const ms = (ns) => Math.round(ns / 1e4) / 100
  process.on('SIGUSR2', () => {
    const line = {
      pid: process.pid,
      // The timer fires every 5 ms: a delay is what it waited beyond that.
      delayMs: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
      collections,
    }
    appendFileSync(report, `${JSON.stringify(line)}\n`)
    delay.reset()
    collections = {}
  })
}
