import { createReadStream } from 'node:fs'
import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { describeSummary, importDataset, isDatasetFormat, mapDataset } from '@sitrep/datasets'
import { readNodeConfig } from './config.ts'
import { openConfiguredStore } from './open-store.ts'

const USAGE = `usage: npm run import:data -- --format air-force|cir-events|acled FILE [--reference FILE] [--json]

  --format air-force   missile_attacks_daily.csv; --reference its missiles_and_uavs.csv
  --format cir-events  the CIR/Bellingcat events.csv
  --format acled       an ACLED export CSV

Imports straight into the configured database (SITREP_DATA_DIR or DATABASE_URL), seeded first
as \`npm start\` would. Importing a file again changes nothing; changed rows become revisions.`

const fail = (message: string, code = 64): never => {
  console.error(`${message}\n\n${USAGE}`)
  process.exit(code)
}

const { positionals, values } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        reference: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error))
  }
})()
if (values.help) {
  console.log(USAGE)
  process.exit(0)
}
// npm runs the script inside apps/api; paths are meant from where the command was typed.
const fromCaller = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path)
const [given] = positionals
const file = given ? fromCaller(given) : undefined
const format = values.format ?? ''
if (!isDatasetFormat(format)) fail(`--format must be air-force, cir-events or acled`)
if (!file) fail('no FILE given')
if (format === 'air-force' && !values.reference)
  fail('the air-force format needs --reference missiles_and_uavs.csv')

const read = readNodeConfig()
const config = 'config' in read ? read.config : fail(read.problem)
const { store, where } = await openConfiguredStore(config)

/** One redrawn line on a terminal; nothing when stderr is a pipe or a file. */
const progress = (done: number, total: number) => {
  if (!process.stderr.isTTY) return
  const share = total ? done / total : 1
  const bar = '#'.repeat(Math.round(share * 30)).padEnd(30, ' ')
  process.stderr.write(`\r[${bar}] ${Math.round(share * 100)}% ${done}/${total} records`)
}

try {
  if (!isDatasetFormat(format) || !file) throw new Error('unreachable: arguments checked above')
  console.error(`importing ${file} (${format}) into ${where}`)
  const started = performance.now()
  const mapped = await mapDataset(
    format,
    createReadStream(file),
    values.reference ? createReadStream(fromCaller(values.reference)) : undefined,
  )
  const summary = await importDataset(store, mapped, {
    by: `import:${basename(file)}`,
    onProgress: progress,
  })
  if (process.stderr.isTTY) process.stderr.write('\n')
  const seconds = (performance.now() - started) / 1000
  if (values.json) console.log(JSON.stringify(summary))
  else for (const line of describeSummary(summary)) console.log(line)
  console.error(
    `${summary.rowsRead} rows in ${seconds.toFixed(1)}s (${Math.round(summary.rowsRead / seconds)} rows/s)`,
  )
} finally {
  await store.close()
}
