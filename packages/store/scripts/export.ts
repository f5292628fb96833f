// Streams the store's records to stdout or a file.
//   tsx scripts/export.ts [--format ndjson|csv|geojson] [--out file]
import { createWriteStream } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { exportCsv } from '../src/export/csv.ts'
import { exportGeoJson } from '../src/export/geojson.ts'
import { exportNdjson } from '../src/export/ndjson.ts'
import { openNodeStore } from '../src/open-node-store.ts'

const exporters = { ndjson: exportNdjson, csv: exportCsv, geojson: exportGeoJson }

const { values } = parseArgs({
  options: { format: { type: 'string', default: 'ndjson' }, out: { type: 'string' } },
})
const format = values.format
if (format !== 'ndjson' && format !== 'csv' && format !== 'geojson') {
  console.error(`unknown format ${format}: use ndjson, csv or geojson`)
  process.exit(2)
}
const store = await openNodeStore({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.SITREP_DATA_DIR,
})
await pipeline(
  Readable.from(exporters[format](store)),
  values.out ? createWriteStream(values.out) : process.stdout,
)
await store.close()
