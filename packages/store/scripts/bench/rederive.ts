// Forgets the record derive steps' versions in an existing SQLite store, reopens it, and prints
// each step's wall time, the open's CPU time and the largest JS heap seen between batches: what
// a store pays when a step's version is bumped (or at its first open after migrations 0008,
// 0011 and 0012 stopped deriving).
//   node --import tsx scripts/bench/rederive.ts <db>
import BetterSqlite3 from 'better-sqlite3'
import { openSqliteStore } from '../../src/dialects/sqlite.ts'

const [file] = process.argv.slice(2)
if (!file) throw new Error('usage: rederive.ts <db>')
const raw = new BetterSqlite3(file)
raw
  .prepare(
    `delete from store_meta where key in
      ('stats_columns_scheme', 'statement_columns_scheme', 'place_tolls_scheme')`,
  )
  .run()
raw.close()

const cpu = process.cpuUsage()
const started = performance.now()
const finished = new Map<string, number>()
let heap = 0
const store = await openSqliteStore({
  file,
  onUpgrade: (event) => {
    heap = Math.max(heap, process.memoryUsage().heapUsed)
    if (event.phase === 'derive' && event.done === event.total)
      finished.set(event.step, performance.now())
  },
})
const { user, system } = process.cpuUsage(cpu)
let previous = started
for (const [step, at] of finished) {
  console.log(`${step}: ${((at - previous) / 1000).toFixed(1)} s`)
  previous = at
}
console.log(
  `open: ${((performance.now() - started) / 1000).toFixed(1)} s wall, ${((user + system) / 1e6).toFixed(1)} s CPU, largest heap ${Math.round(heap / 1e6)} MB`,
)
await store.close()
