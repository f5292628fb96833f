#!/usr/bin/env node
// The overview's weight and server time over a large store: HTML bytes of `/` and a few periods,
// and the web's response time (first byte sent to last streamed byte, sequential requests after
// a warm-up) beside the `/v1/stats` call behind it. Not a test.
//   node apps/web/bench/overview-size.mjs [--data-dir DIR | --api URL] [--runs 30]
// Last line: the whole war up to a different day each run, so no API answer comes from its cache.
// Without --data-dir both real datasets are imported once into .bench-data/web-real/. A DIR of
// a generated store (e.g. 1M records) must be a copy of your own: the API brings the store's
// dictionaries up to date when it opens it (minutes at 1M: start that API first and pass --api).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { freePort, startNpm, waitFor } from './processes.mjs'

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    api: { type: 'string' },
    runs: { type: 'string', default: '30' },
  },
})
const runs = Number(values.runs)
const root = resolve(import.meta.dirname, '../../..')
const dataDir = resolve(values['data-dir'] ?? join(root, '.bench-data', 'web-real'))

const npm = (args, env = {}) => {
  const result = spawnSync('npm', args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  })
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed`)
}

if (!values.api && !existsSync(join(dataDir, 'sitrep.db'))) {
  mkdirSync(dataDir, { recursive: true })
  console.log(`importing both real datasets into ${dataDir}…`)
  npm(['run', 'import:data', '--silent'], { SITREP_DATA_DIR: dataDir, DATABASE_URL: '' })
}
spawnSync('node', [join(root, 'apps/web/scripts/build-if-stale.mjs')], { stdio: 'inherit' })

const start = (args, env) => startNpm(root, args, env)

const [apiPort, webPort] = [await freePort(), await freePort()]
const api = values.api
  ? undefined
  : start(['run', 'start', '--silent', '-w', '@sitrep/api'], {
      PORT: String(apiPort),
      SITREP_DATA_DIR: dataDir,
      DATABASE_URL: '',
      SITREP_RATE_LIMIT_PER_MINUTE: '0',
    })
const apiUrl = values.api ?? `http://127.0.0.1:${apiPort}`
const web = start(['run', 'start', '--silent', '-w', '@sitrep/web'], {
  WEB_PORT: String(webPort),
  SITREP_API_URL: apiUrl,
})
const stop = () => {
  for (const child of [web, api]) if (child?.pid) process.kill(-child.pid, 'SIGTERM')
}
process.on('exit', stop)

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
const measure = async (url) => {
  let bytes = 0
  for (let i = 0; i < 3; i++) bytes = (await (await fetch(url)).arrayBuffer()).byteLength
  const times = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const response = await fetch(url)
    await response.arrayBuffer()
    if (!response.ok) throw new Error(`${url}: ${response.status}`)
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return { bytes, p50: percentile(times, 0.5), p90: percentile(times, 0.9) }
}

try {
  const webUrl = `http://127.0.0.1:${webPort}`
  await waitFor(`${apiUrl}/health`, 2400)
  await waitFor(`${webUrl}/talks`, 2400)
  const periods = [
    '',
    'from=2025-07-01&to=2025-07-31',
    'from=2025-01-01&to=2025-12-31',
    'bucket=day',
  ]
  console.log(
    `\n${values.api ?? dataDir}, ${runs} sequential requests each (goal: HTML ≤ 200 kB, p50 ≤ 100 ms)\n`,
  )
  for (const query of periods) {
    const path = query ? `/?${query}` : '/'
    const page = await measure(`${webUrl}${path}`)
    const stats = await measure(`${apiUrl}/v1/stats${query ? `?${query}` : ''}`)
    console.log(
      `web ${path.padEnd(34)} ${(page.bytes / 1000).toFixed(1).padStart(7)} kB  p50 ${page.p50.toFixed(1).padStart(7)} ms  p90 ${page.p90.toFixed(1).padStart(7)} ms  | /v1/stats p50 ${stats.p50.toFixed(1).padStart(6)} ms`,
    )
  }
  // A one-call page measured the same way: under a loaded machine it says what load alone costs.
  const timeline = await measure(`${webUrl}/timeline`)
  console.log(
    `web /timeline (for reference)          ${(timeline.bytes / 1000).toFixed(1).padStart(7)} kB  p50 ${timeline.p50.toFixed(1).padStart(7)} ms  p90 ${timeline.p90.toFixed(1).padStart(7)} ms`,
  )
  // The runs above repeat each URL, so the API answers from its response cache after the first.
  // Uncached: the whole war up to a different day each time, so every API call the page makes
  // misses that cache; reported apart. A `from` in the 1900s, drawn at random, changes nothing
  // the page shows (the war starts long after) but makes each URL new to an API that an earlier
  // run of this bench has already asked the same days.
  const uncached = []
  let largest = 0
  const before1999 = () =>
    new Date(Date.UTC(1900, 0, 1) + Math.floor(Math.random() * 36_500) * 86_400_000)
      .toISOString()
      .slice(0, 10)
  for (let i = 0; i < runs; i++) {
    const day = new Date(Date.UTC(2025, 5, 1) - i * 7 * 86_400_000).toISOString().slice(0, 10)
    const query = `from=${before1999()}&to=${day}`
    const t0 = performance.now()
    const response = await fetch(`${webUrl}/?${query}`)
    largest = Math.max(largest, (await response.arrayBuffer()).byteLength)
    if (!response.ok) throw new Error(`/?${query}: ${response.status}`)
    uncached.push(performance.now() - t0)
  }
  uncached.sort((a, b) => a - b)
  console.log(
    `web ${`/?to=<${runs} days> (uncached)`.padEnd(34)} ${(largest / 1000).toFixed(1).padStart(7)} kB  p50 ${percentile(uncached, 0.5).toFixed(1).padStart(7)} ms  p90 ${percentile(uncached, 0.9).toFixed(1).padStart(7)} ms  (largest page)`,
  )
} finally {
  stop()
}
