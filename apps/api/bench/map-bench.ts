// The map of every attack, in process (no network, no response cache): p50 and p99 of
// `/v1/map` over the bench's `map` URLs, and the SQL alone, at one generated size. A quick
// figure beside `npm run bench:api -- --only map`, which drives the same URLs over HTTP.
//   tsx bench/map-bench.ts [--size 1000000] [--samples 300]
import { parseArgs } from 'node:util'
import { ensureDatabase } from './dataset.ts'
import { measureFloor } from './floor.ts'
import { scenarios } from './scenarios.ts'

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000000' },
    samples: { type: 'string', default: '300' },
  },
})
const map = scenarios().find((s) => s.name === 'map')
if (!map) throw new Error('the bench has no map scenario')
const dataDir = await ensureDatabase(Number(values.size))
const floor = await measureFloor(dataDir, map, 10, Number(values.samples))
console.log(
  `map of every attack up to a day at ${Number(values.size).toLocaleString('en')} records: app p50 ${floor.appP50ms.toFixed(1)} ms, SQL alone p50 ${floor.sqlP50ms.toFixed(1)} ms, ${floor.statementsPerRequest.toFixed(1)} statements a request`,
)
