// Writes synthetic records as NDJSON for benchmarks and load tests; never used by the product.
//   tsx scripts/generate.ts --records N --seed S [--out file]
import { createWriteStream } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { parseArgs } from 'node:util'
import { generateRecords } from '../src/generate/generate-records.ts'

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
})
const records = Number(values.records)
const seed = Number(values.seed)
if (!Number.isInteger(records) || records < 0 || records > 100_000_000) {
  console.error('--records must be a whole number from 0 to 100000000')
  process.exit(2)
}
if (!Number.isInteger(seed)) {
  console.error('--seed must be a whole number')
  process.exit(2)
}

function* lines() {
  for (const record of generateRecords({ records, seed })) yield `${JSON.stringify(record)}\n`
}

await pipeline(Readable.from(lines()), values.out ? createWriteStream(values.out) : process.stdout)
