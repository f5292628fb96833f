// API benchmark (not a test). Every scenario rotates through more distinct URLs than the response
// cache keeps, so its figures are the server's, not the cache's; the cached figure (one URL) is
// reported apart. Beside each: server CPU per request, the machine's load, and the in-process
// app time against the same SQL run alone. Sizes are compared (cost growth from the first to the
// last), and a fairness run checks that one client looping uncached stats does not stall another
// client's cached reads. json-server over the same records is the peer a user might pick.
//   tsx bench/api-bench.ts [--sizes 100000,1000000] [--seconds 10] [--connections 64]
//     [--only list,timeline,search,stats,facets,disputes,map] [--no-peer]
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { ensureDatabase, ensureJsonServerFile } from './dataset.ts'
import { type Floor, measureFloor } from './floor.ts'
import { drive, type LoadResult } from './load.ts'
import { type Scenario, scenarios } from './scenarios.ts'
import { startJsonServer, startSitrep } from './servers.ts'

const USAGE = `usage: npm run bench:api -- [--sizes 100000,1000000] [--seconds 10] [--connections 64]
    [--only ${scenarios()
      .map((s) => s.name)
      .join(',')}] [--no-peer]`

const parsed = (() => {
  try {
    return parseArgs({
      options: {
        sizes: { type: 'string', default: '100000,1000000' },
        seconds: { type: 'string', default: '10' },
        connections: { type: 'string', default: '64' },
        only: { type: 'string' },
        'no-peer': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    })
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`)
    process.exit(2)
  }
})()
if (parsed.values.help) {
  console.log(USAGE)
  process.exit(0)
}
const { values } = parsed
const unknown = (values.only ?? '')
  .split(',')
  .filter((name) => name && !scenarios().some((s) => s.name === name))
if (unknown.length > 0) {
  console.error(`no scenario named ${unknown.join(', ')}\n${USAGE}`)
  process.exit(2)
}
const sizes = values.sizes.split(',').map(Number)
const options = { seconds: Number(values.seconds), connections: Number(values.connections) }
const chosen = scenarios().filter((s) => !values.only || values.only.split(',').includes(s.name))

interface ScenarioResult {
  readonly name: string
  readonly distinctUrls: number
  readonly uncached: LoadResult
  readonly floor: Floor
}
interface SizeResult {
  readonly size: number
  readonly scenarios: ScenarioResult[]
  readonly cached: LoadResult
  readonly fairness?: { statsLooper: LoadResult; cachedReader: LoadResult }
}

/** One client loops uncached stats (4 connections) while another reads one kept URL (8). */
const fairness = async (url: string, pgid: number | undefined, stats: Scenario, cached: string) => {
  const [statsLooper, cachedReader] = await Promise.all([
    drive(url, stats.urls, { ...options, connections: 4, ...(pgid !== undefined && { pgid }) }),
    drive(url, [cached], { ...options, connections: 8 }),
  ])
  return { statsLooper, cachedReader }
}

const measureSize = async (size: number): Promise<SizeResult> => {
  console.error(`sitrep with ${size.toLocaleString('en')} records`)
  const dataDir = await ensureDatabase(size)
  const server = await startSitrep(dataDir)
  const pgid = server.pgid
  const results: ScenarioResult[] = []
  let cached: LoadResult
  let fair: SizeResult['fairness']
  try {
    for (const scenario of chosen) {
      console.error(`  ${scenario.name}: ${scenario.urls.length} distinct URLs`)
      const uncached = await drive(server.url, scenario.urls, {
        ...options,
        ...(pgid !== undefined && { pgid }),
      })
      results.push({
        name: scenario.name,
        distinctUrls: scenario.urls.length,
        uncached,
        floor: await measureFloor(dataDir, scenario, options.seconds),
      })
    }
    const one = chosen[0]?.urls[0] ?? '/v1/records?limit=50'
    console.error(`  cached: ${one}`)
    await fetch(`${server.url}${one}`)
    cached = await drive(server.url, [one], { ...options, ...(pgid !== undefined && { pgid }) })
    const stats = chosen.find((s) => s.name === 'stats')
    if (stats) {
      console.error('  fairness: stats looper beside a cached reader')
      fair = await fairness(server.url, pgid, stats, one)
    }
  } finally {
    await server.stop()
  }
  return { size, scenarios: results, cached, ...(fair && { fairness: fair }) }
}

const measurePeer = async (size: number) => {
  console.error(`json-server with ${size.toLocaleString('en')} records`)
  const server = await startJsonServer(await ensureJsonServerFile(size))
  // json-server cannot include a region's cities: it gets the easier exact-place query.
  const paths = Array.from({ length: 1200 }, (_, i) => {
    const from = new Date(Date.UTC(2022, 2, 1) + i * 86_400_000).toISOString().slice(0, 10)
    return `/records?kind=attack&dateStart_gte=${from}&placeId=ua-kharkiv&_limit=50`
  })
  try {
    return {
      size,
      ...(await drive(server.url, paths, {
        ...options,
        ...(server.pgid !== undefined && { pgid: server.pgid }),
      })),
    }
  } finally {
    await server.stop()
  }
}

const measured: SizeResult[] = []
for (const size of sizes) measured.push(await measureSize(size))
const peer = values['no-peer'] ? undefined : await measurePeer(sizes[0] ?? 100_000)

const results = { at: new Date().toISOString(), ...options, sizes: measured, jsonServer: peer }
const dir = fileURLToPath(new URL('../../../bench/results/', import.meta.url))
mkdirSync(dir, { recursive: true })
writeFileSync(join(dir, 'api.json'), `${JSON.stringify(results, null, 2)}\n`)

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0))
const cpu = (r: LoadResult) => (r.cpuMsPerRequest === undefined ? '–' : ms(r.cpuMsPerRequest))
const lines = [
  '| records | query | URLs | req/s | SQL-alone ceiling | p50 / p99 ms | errors | CPU ms/req | load | app vs SQL alone (ms) |',
  '|---:|---|---:|---:|---:|---|---:|---:|---:|---|',
]
for (const m of measured) {
  for (const s of m.scenarios)
    lines.push(
      `| ${m.size.toLocaleString('en')} | ${s.name} (uncached) | ${s.distinctUrls} | ${s.uncached.requestsPerSecond} | ${s.floor.ceiling.requestsPerSecond} | ${s.uncached.p50ms} / ${s.uncached.p99ms} | ${s.uncached.errors} | ${cpu(s.uncached)} | ${s.uncached.load.toFixed(1)} | ${ms(s.floor.appP50ms)} vs ${ms(s.floor.sqlP50ms)} (×${s.floor.ratio.toFixed(1)}) |`,
    )
  lines.push(
    `| ${m.size.toLocaleString('en')} | ${chosen[0]?.name ?? 'list'} (cached, one URL) | 1 | ${m.cached.requestsPerSecond} | – | ${m.cached.p50ms} / ${m.cached.p99ms} | ${m.cached.errors} | ${cpu(m.cached)} | ${m.cached.load.toFixed(1)} | – |`,
  )
}
if (peer)
  lines.push(
    `| ${peer.size.toLocaleString('en')} | json-server 0.17, exact place | 1200 | ${peer.requestsPerSecond} | – | ${peer.p50ms} / ${peer.p99ms} | ${peer.errors} | ${cpu(peer)} | ${peer.load.toFixed(1)} | – |`,
  )
console.log(`\n${lines.join('\n')}\n`)
for (const m of measured)
  if (m.fairness)
    console.log(
      `fairness at ${m.size.toLocaleString('en')}: cached reader p50 ${m.fairness.cachedReader.p50ms} ms, p99 ${m.fairness.cachedReader.p99ms} ms (goal ≤ 50) while stats ran at ${m.fairness.statsLooper.requestsPerSecond} req/s`,
    )
const [small, large] = [measured[0], measured.at(-1)]
if (small && large && small !== large)
  for (const s of large.scenarios) {
    const base = small.scenarios.find((b) => b.name === s.name)
    if (base)
      console.log(
        `${s.name}: app time ${ms(base.floor.appP50ms)} → ${ms(s.floor.appP50ms)} ms from ${small.size.toLocaleString('en')} to ${large.size.toLocaleString('en')} (×${(s.floor.appP50ms / base.floor.appP50ms).toFixed(1)}, goal ≤ 1.5)`,
      )
  }
