// Store benchmarks (not tests): import rate against a hand-written floor, and p50/p99 of the
// reads the API makes, at each size. Results go to bench/results/store.json and a table.
//   tsx scripts/bench.ts [--sizes 10000,100000,1000000] [--runs 200] [--ceilings]
// --ceilings also times the floor's two partial runs (mapping alone, the records row alone): the
// upper bounds that any importer writing every row stays below.
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { actors, places } from '@sitrep/domain'
import { openSqliteStore } from '../src/dialects/sqlite.ts'
import { generateRecords } from '../src/generate/generate-records.ts'
import { importStream } from '../src/import/import-stream.ts'
import { cpuSecondsSince, type FloorRows, floorImport } from './bench/floor.ts'
import { benchQueries } from './bench/queries.ts'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const dataDir = join(root, '.bench-data')
const resultsDir = join(root, 'bench', 'results')
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    runs: { type: 'string', default: '200' },
    batch: { type: 'string', default: '5000' },
    'queries-only': { type: 'boolean', default: false },
    ceilings: { type: 'boolean', default: false },
  },
})
const sizes = (values.sizes ?? '').split(',').map(Number)
const runs = Number(values.runs)
const batchSize = Number(values.batch)
mkdirSync(dataDir, { recursive: true })
mkdirSync(resultsDir, { recursive: true })

const dataset = async (size: number) => {
  const file = join(dataDir, `gen-${size}.ndjson`)
  if (!existsSync(file)) {
    function* lines() {
      for (const r of generateRecords({ records: size, seed: 1 })) yield `${JSON.stringify(r)}\n`
    }
    await pipeline(Readable.from(lines()), createWriteStream(file))
  }
  return file
}

const freshFile = (name: string) => {
  const file = join(dataDir, name)
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
  return file
}

interface Rate {
  records: number
  seconds: number
  perSecond: number
  /** CPU seconds (user + system) of this process: other work on the machine does not count. */
  cpuSeconds: number
  perCpuSecond: number
}

interface ImportFigures {
  floor: Rate
  import: Rate
  /** The floor writing only the records row, and writing nothing (--ceilings). */
  ceilings?: { recordsRowOnly: Rate; mappingOnly: Rate }
  /** 1-minute load average when the import finished. */
  load: number
}

/** The floor loop into a fresh store-migrated file, writing `rows`. */
const measureFloor = async (size: number, file: string, rows: FloorRows): Promise<Rate> => {
  const floorDb = freshFile(`floor-${size}.db`)
  const prepared = await openSqliteStore({ file: floorDb })
  await prepared.loadDictionaries({ places, actors })
  await prepared.close()
  const rate = await floorImport(file, floorDb, batchSize, rows)
  freshFile(`floor-${size}.db`)
  return rate
}

/** Imports `size` records through the store and through the floor loop, into fresh files. */
const measureImport = async (size: number): Promise<ImportFigures> => {
  const file = await dataset(size)
  const floor = await measureFloor(size, file, 'all')
  const ceilings = values.ceilings
    ? {
        recordsRowOnly: await measureFloor(size, file, 'records'),
        mappingOnly: await measureFloor(size, file, 'none'),
      }
    : undefined

  const store = await openSqliteStore({ file: freshFile(`store-${size}.db`) })
  await store.loadDictionaries({ places, actors })
  const cpu = process.cpuUsage()
  const started = performance.now()
  const summary = await importStream(store, createReadStream(file), {
    format: 'ndjson',
    by: 'bench',
    // Generated here, not sent by a client: the upload cap (512 MB) would stop a 1M store at 357k.
    limits: { maxBytes: Number.POSITIVE_INFINITY },
    batchSize,
  })
  const seconds = (performance.now() - started) / 1000
  const cpuSeconds = cpuSecondsSince(cpu)
  await store.close()
  const records = summary.imported
  return {
    floor,
    import: {
      records,
      seconds,
      perSecond: records / seconds,
      cpuSeconds,
      perCpuSecond: records / cpuSeconds,
    },
    load: loadavg()[0] ?? 0,
    ...(ceilings ? { ceilings } : {}),
  }
}

const resultsFile = join(resultsDir, 'store.json')
const previous: ({ size: number } & ImportFigures)[] = existsSync(resultsFile)
  ? JSON.parse(readFileSync(resultsFile, 'utf8')).results
  : []

interface SizeResult extends ImportFigures {
  size: number
  ratioToFloor: number
  cpuRatioToFloor: number
  queries: Awaited<ReturnType<typeof benchQueries>>
}

const results: SizeResult[] = []
for (const size of sizes) {
  // --queries-only re-measures the reads on the files of an earlier run, keeping its import figures.
  const earlier = previous.find((r) => r.size === size)
  const figures =
    values['queries-only'] && earlier && existsSync(join(dataDir, `store-${size}.db`))
      ? { ...earlier, load: earlier.load ?? Number.NaN }
      : await measureImport(size)
  // Reopened as the API would after an import: the WAL checkpointed, statistics current.
  const store = await openSqliteStore({ file: join(dataDir, `store-${size}.db`) })
  const queries = await benchQueries(store, size, runs)
  await store.close()
  results.push({
    size,
    ...figures,
    ratioToFloor: figures.import.perSecond / figures.floor.perSecond,
    cpuRatioToFloor: figures.import.perCpuSecond / figures.floor.perCpuSecond,
    queries,
  })
  console.error(`${size}: done`)
}

const ms = (n: number) => n.toFixed(2)
const rate = (n: number) => Math.round(n).toLocaleString('en')
type Timing = SizeResult['queries']['search']
const timing = (t: Timing) => `${ms(t.p50)} / ${ms(t.p99)} (${ms(t.cpuP50)})`
console.log(
  '| records | import rec/s wall / CPU | floor rec/s wall / CPU | ratio wall / CPU | load | list, full pages: p50/p99 ms (CPU p50), window | list, 30 days: p50/p99 ms, rows/page | search p50/p99 ms (CPU p50) | stats, a year: p50/p99 ms (CPU p50) |',
)
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
for (const r of results) {
  const q = r.queries
  console.log(
    `| ${r.size.toLocaleString('en')} | ${rate(r.import.perSecond)} / ${rate(r.import.perCpuSecond)} | ${rate(r.floor.perSecond)} / ${rate(r.floor.perCpuSecond)} | ${r.ratioToFloor.toFixed(2)} / ${r.cpuRatioToFloor.toFixed(2)} | ${r.load.toFixed(1)} | ${timing(q.filteredList)}, ${q.filteredList.windowDays} d, ${q.filteredList.rowsPerPage.toFixed(1)} rows | ${ms(q.filteredList30Days.p50)} / ${ms(q.filteredList30Days.p99)}, ${q.filteredList30Days.rowsPerPage.toFixed(1)} rows | ${timing(q.search)} | ${timing(q.stats)} |`,
  )
}
const withCeilings = results.filter((r) => r.ceilings)
if (withCeilings.length > 0) {
  console.log(
    '\n| records | floor, every row: rec/s wall / CPU | records row only | read + parse + map only |',
  )
  console.log('|---:|---:|---:|---:|')
  const both = (r: Rate) => `${rate(r.perSecond)} / ${rate(r.perCpuSecond)}`
  for (const r of withCeilings)
    if (r.ceilings)
      console.log(
        `| ${r.size.toLocaleString('en')} | ${both(r.floor)} | ${both(r.ceilings.recordsRowOnly)} | ${both(r.ceilings.mappingOnly)} |`,
      )
}
const smallest = results[0]
const largest = results.at(-1)
if (smallest && largest && smallest !== largest) {
  const growth = (pick: (r: SizeResult) => number) => (pick(largest) / pick(smallest)).toFixed(2)
  console.log(
    `\nfull-page list at ${largest.size.toLocaleString('en')} / ${smallest.size.toLocaleString('en')}: p50 ${growth((r) => r.queries.filteredList.p50)}×, CPU p50 ${growth((r) => r.queries.filteredList.cpuP50)}× (goal ≤ 1.5×)`,
  )
}
const out = resultsFile
writeFileSync(
  out,
  `${JSON.stringify({ at: new Date().toISOString(), engine: 'sqlite', results }, null, 2)}\n`,
)
console.log(`\nwritten to ${out}`)
