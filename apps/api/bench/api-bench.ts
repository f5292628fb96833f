// API benchmark (not a test): throughput and latency of a filtered list under 64 connections
// (autocannon), against json-server over the same records, and the server's own time per
// request against the raw store call. Results: bench/results/api.json and a printed table.
//   tsx bench/api-bench.ts [--size 1000000] [--peer-size 100000] [--seconds 10]
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { openSqliteStore } from '@sitrep/store/sqlite'
import autocannon from 'autocannon'
import { createApp } from '../src/app.ts'
import { ensureDatabase, ensureJsonServerFile } from './dataset.ts'
import { startJsonServer, startSitrep } from './servers.ts'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000000' },
    'peer-size': { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
  },
})
const size = Number(values.size)
const peerSize = Number(values['peer-size'])
const seconds = Number(values.seconds)
const connections = Number(values.connections)

/** kind + date range + place (a region, so its cities count) + 50 rows: the analyst's list. */
const SITREP_QUERY = '/v1/attacks?from=2024-01-01&to=2024-03-31&placeId=ua-kharkiv-oblast&limit=50'
const FILTER = {
  kind: ['attack' as const],
  from: '2024-01-01',
  to: '2024-03-31',
  placeId: 'ua-kharkiv-oblast',
}
/** json-server cannot include a region's cities: it gets the easier exact-place query. */
const PEER_QUERY =
  '/records?kind=attack&dateStart_gte=2024-01-01&dateStart_lte=2024-03-31&placeId=ua-kharkiv&_limit=50'

const load = async (url: string) => {
  const result = await autocannon({ url, connections, duration: seconds, pipelining: 1 })
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  }
}

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

/** p50 of `work` over `runs` calls after a warm-up, in milliseconds. */
const p50Of = async (work: () => Promise<unknown>, runs = 300) => {
  for (let i = 0; i < 20; i++) await work()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await work()
    samples.push(performance.now() - start)
  }
  return percentile(samples, 50)
}

/** The server's time per request (in-process, no network) against the store call it wraps. */
const overhead = async (dataDir: string) => {
  const store = await openSqliteStore({ file: join(dataDir, 'sitrep.db') })
  // Without the response cache: every request runs the query, as a first request would.
  const app = createApp({ store, rateLimit: false, responseCache: false })
  const storeP50 = await p50Of(() => store.listRecords(FILTER, { limit: 50 }))
  const serverP50 = await p50Of(async () => (await app.request(SITREP_QUERY)).arrayBuffer())
  await store.close()
  return { storeP50ms: storeP50, serverP50ms: serverP50, ratio: serverP50 / storeP50 }
}

const measureSitrep = async (n: number) => {
  console.error(`sitrep with ${n} records`)
  const dataDir = await ensureDatabase(n)
  const server = await startSitrep(dataDir)
  try {
    return {
      size: n,
      ...(await load(`${server.url}${SITREP_QUERY}`)),
      ...(await overhead(dataDir)),
    }
  } finally {
    await server.stop()
  }
}

const measurePeer = async (n: number) => {
  console.error(`json-server with ${n} records`)
  const server = await startJsonServer(await ensureJsonServerFile(n))
  try {
    return { size: n, ...(await load(`${server.url}${PEER_QUERY}`)) }
  } finally {
    await server.stop()
  }
}

const sitrepFull = await measureSitrep(size)
const sitrepAtPeerSize = peerSize === size ? sitrepFull : await measureSitrep(peerSize)
const peer = await measurePeer(peerSize)

const results = {
  at: new Date().toISOString(),
  query: SITREP_QUERY,
  connections,
  seconds,
  sitrep: sitrepFull,
  sitrepAtPeerSize,
  jsonServer: peer,
  throughputVsJsonServer: sitrepAtPeerSize.requestsPerSecond / Math.max(1, peer.requestsPerSecond),
}
const dir = fileURLToPath(new URL('../../../bench/results/', import.meta.url))
mkdirSync(dir, { recursive: true })
writeFileSync(join(dir, 'api.json'), `${JSON.stringify(results, null, 2)}\n`)

const row = (
  name: string,
  r: { size: number; requestsPerSecond: number; p50ms: number; p99ms: number; errors: number },
) =>
  `| ${name} | ${r.size.toLocaleString('en')} | ${r.requestsPerSecond.toLocaleString('en')} | ${r.p50ms} | ${r.p99ms} | ${r.errors} |`
console.log(`
| server | records | req/s | p50 ms | p99 ms | errors |
|---|---|---|---|---|---|
${row('sitrep (SQLite)', sitrepFull)}
${peerSize === size ? '' : `${row('sitrep (SQLite)', sitrepAtPeerSize)}\n`}${row('json-server 0.17', peer)}

throughput vs json-server at ${peerSize.toLocaleString('en')} records: ${results.throughputVsJsonServer.toFixed(1)}× (goal ≥ 20×)
p99 at ${size.toLocaleString('en')} records: ${sitrepFull.p99ms} ms (goal ≤ 20 ms)
server time per uncached request ${sitrepFull.serverP50ms.toFixed(2)} ms vs store call ${sitrepFull.storeP50ms.toFixed(2)} ms: ${sitrepFull.ratio.toFixed(2)}× (goal ≤ 2×)`)
