#!/usr/bin/env node
// Server response time of web pages with many records behind the API: the real API over SQLite
// holding N generated records, `next start` over the production build, and sequential requests
// measured from the first byte sent to the last byte of the streamed page. Not a test.
//   node apps/web/bench/timeline-latency.mjs [--records 1000000] [--runs 50]
// The database is built once under .bench-data/web-<N>/ (generate + import, several minutes for
// 1M records) and reused by later runs.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { freePort, startNpm, waitFor } from './processes.mjs'

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '50' },
  },
})
const records = Number(values.records)
const runs = Number(values.runs)
const root = resolve(import.meta.dirname, '../../..')
const benchData = join(root, '.bench-data')
const dataDir = join(benchData, `web-${records}`)

const npm = (args, env = {}) => {
  const result = spawnSync('npm', args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed`)
}

if (!existsSync(join(dataDir, 'sitrep.db'))) {
  mkdirSync(dataDir, { recursive: true })
  const ndjson = join(benchData, `gen-${records}.ndjson`)
  if (!existsSync(ndjson)) {
    console.log(`generating ${records} records…`)
    npm([
      'run',
      'generate',
      '--silent',
      '-w',
      '@sitrep/store',
      '--',
      '--records',
      String(records),
      '--out',
      ndjson,
    ])
  }
  console.log(`importing ${records} records into ${dataDir}…`)
  npm(['run', 'import:data', '--silent', '--', ndjson, '--batch', '5000'], {
    SITREP_DATA_DIR: dataDir,
    DATABASE_URL: '',
  })
}
npm(['run', 'build', '--silent', '-w', '@sitrep/web'])

const start = (args, env) => startNpm(root, args, env)

const [apiPort, webPort] = [await freePort(), await freePort()]
const api = start(['run', 'start', '--silent', '-w', '@sitrep/api'], {
  PORT: String(apiPort),
  SITREP_DATA_DIR: dataDir,
  DATABASE_URL: '',
  SITREP_RATE_LIMIT_PER_MINUTE: '0',
})
const web = start(['run', 'start', '--silent', '-w', '@sitrep/web'], {
  WEB_PORT: String(webPort),
  SITREP_API_URL: `http://127.0.0.1:${apiPort}`,
})
const stop = () => {
  for (const child of [web, api]) if (child.pid) process.kill(-child.pid, 'SIGTERM')
}
process.on('exit', stop)

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
const measure = async (url) => {
  for (let i = 0; i < 3; i++) await fetch(url).then((r) => r.arrayBuffer())
  const times = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const response = await fetch(url)
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`${url}: ${response.status}`)
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return { p50: percentile(times, 0.5), p90: percentile(times, 0.9) }
}

try {
  await waitFor(`http://127.0.0.1:${apiPort}/health`)
  await waitFor(`http://127.0.0.1:${webPort}/talks`)
  const webUrl = `http://127.0.0.1:${webPort}`
  const apiUrl = `http://127.0.0.1:${apiPort}`
  const cases = [
    ['web /timeline', `${webUrl}/timeline`],
    [
      'web /timeline?kind=attack&placeId=ua-kharkiv-oblast',
      `${webUrl}/timeline?kind=attack&placeId=ua-kharkiv-oblast`,
    ],
    [
      'web /timeline?from=2025-07-01&to=2025-07-31',
      `${webUrl}/timeline?from=2025-07-01&to=2025-07-31`,
    ],
    ['api /v1/events?limit=50 (the call behind it)', `${apiUrl}/v1/events?limit=50`],
    [
      'api /v1/events?kind=attack&placeId=ua-kharkiv-oblast',
      `${apiUrl}/v1/events?kind=attack&placeId=ua-kharkiv-oblast&limit=50`,
    ],
    [
      'api /v1/events?from=2025-07-01&to=2025-07-31',
      `${apiUrl}/v1/events?from=2025-07-01&to=2025-07-31&limit=50`,
    ],
  ]
  console.log(
    `\n${records} records, ${runs} sequential requests each (goal: timeline p50 < 100 ms)\n`,
  )
  for (const [name, url] of cases) {
    const { p50, p90 } = await measure(url)
    console.log(
      `${name.padEnd(58)} p50 ${p50.toFixed(1).padStart(7)} ms   p90 ${p90.toFixed(1).padStart(7)} ms`,
    )
  }
} finally {
  stop()
}
