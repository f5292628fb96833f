// Imports NDJSON or CSV records into the store named by DATABASE_URL / SITREP_DATA_DIR.
//   tsx scripts/import.ts <file> [--format ndjson|csv] [--batch 5000] [--log-batches]
import { createReadStream, statSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { importStream } from '../src/import/import-stream.ts'
import { progressBar } from '../src/import/progress-bar.ts'
import { describeDatabase, openNodeStore } from '../src/open-node-store.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    format: { type: 'string' },
    // 5,000 records a transaction: a tenth less CPU per record than 1,000 at 100k records.
    batch: { type: 'string', default: '5000' },
    'log-batches': { type: 'boolean', default: false },
  },
})
const file = positionals[0]
if (!file) {
  console.error('usage: import <file.ndjson|file.csv> [--format ndjson|csv] [--batch N]')
  process.exit(2)
}
const format = values.format ?? (file.endsWith('.csv') ? 'csv' : 'ndjson')
if (format !== 'ndjson' && format !== 'csv') {
  console.error(`unknown format ${format}: use ndjson or csv`)
  process.exit(2)
}
const batchSize = Number(values.batch)
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
  console.error('--batch must be a whole number from 1 to 100000')
  process.exit(2)
}

const config = { databaseUrl: process.env.DATABASE_URL, dataDir: process.env.SITREP_DATA_DIR }
const store = await openNodeStore(config)
console.error(`importing ${file} into ${describeDatabase(config)}`)
const bar = progressBar(process.stderr, statSync(file).size)
const started = performance.now()
const summary = await importStream(store, createReadStream(file), {
  format,
  by: `import:${basename(file)}`,
  batchSize,
  onProgress: (p) => {
    bar.update(p)
    // A line per committed batch lets a supervising process (the crash test) follow along.
    if (values['log-batches']) console.log(`committed ${p.imported}`)
  },
})
bar.finish()
await store.close()
const seconds = (performance.now() - started) / 1000
console.error(
  `imported ${summary.imported}, rejected ${summary.rejected.length} in ${seconds.toFixed(1)}s`,
)
for (const r of summary.rejected.slice(0, 50)) {
  console.error(`  line ${r.line}${r.id ? ` (${r.id})` : ''}: ${r.reason}`)
}
if (summary.rejected.length > 50) console.error(`  … and ${summary.rejected.length - 50} more`)
process.exit(summary.rejected.length > 0 ? 1 : 0)
