import { createReadStream, existsSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describeSummary, importDataset, mapDataset } from '@sitrep/datasets'
import type { Store } from '@sitrep/store'
import { importStream } from '@sitrep/store'
import { nodeConfigOrExit } from '../config/node-config.ts'
import { openConfiguredStore } from '../entry/open-store.ts'
import { failUsage, readCommandLine, UsageError } from './command-line.ts'
import { IMPORT_OPTIONS, type ImportJob, planImport } from './import-plan.ts'
import { progressLine } from './progress-line.ts'

const USAGE = `usage: npm run import:data -- [FILE] [--dataset air-force|cir-events|acled] [--reference FILE]
                            [--from DIR] [--batch N] [--json]

  (no FILE)                  both real datasets from ../shared/data (or --from DIR): the Air
                             Force's missile_attacks_daily.csv and CIR/Bellingcat's events.csv
  FILE --dataset air-force   missile_attacks_daily.csv; --reference its missiles_and_uavs.csv
                             (default: the one beside FILE)
  FILE --dataset cir-events  the CIR/Bellingcat events.csv
  FILE --dataset acled       an ACLED export CSV
  FILE                       sitrep records, .ndjson or .csv with the export's columns,
                             --batch records a transaction (default 5000)
  --json                     print each file's summary as one JSON line

Loads straight into the configured database (SITREP_DATA_DIR or DATABASE_URL), seeded first as
\`npm start\` would; no server needed. Importing a file again changes nothing; changed rows become
revisions. Through a running API, \`sitrep import\` does the same with an editor or admin key.`

/** The shared data directory sits beside the repository, never inside it. */
const SHARED_DATA = fileURLToPath(new URL('../../../../../shared/data', import.meta.url))

// npm runs the script inside apps/api; paths are meant from where the command was typed.
const cwd = process.env.INIT_CWD ?? process.cwd()
const { positionals, values } = readCommandLine(
  { args: process.argv.slice(2), options: IMPORT_OPTIONS, allowPositionals: true },
  USAGE,
)
const jobs = (() => {
  try {
    return planImport({ positionals, values }, { cwd, dataDir: SHARED_DATA })
  } catch (error) {
    if (error instanceof UsageError) return failUsage(error.message, USAGE)
    throw error
  }
})()
const missing = jobs
  .flatMap((job) => [job.file, ...(job.kind === 'dataset' && job.reference ? [job.reference] : [])])
  .filter((file) => !existsSync(file))
if (missing.length > 0) {
  console.error(`not found: ${missing.join(', ')}`)
  process.exit(66)
}

const config = nodeConfigOrExit('import:data')
const { store, where } = await openConfiguredStore(config)

interface Loaded {
  readonly summary: object
  readonly lines: string[]
  readonly rows: number
  /**
   * A record file with rejected lines: the command exits 1 so a script notices. Unchanged lines
   * (the file imported before) are no failure.
   */
  readonly failed: boolean
}

/** Loads one file, drawing progress on stderr. */
const load = async (job: ImportJob, into: Store): Promise<Loaded> => {
  const line = progressLine(process.stderr)
  const by = `import:${basename(job.file)}`
  try {
    if (job.kind === 'dataset') {
      const mapped = await mapDataset(
        job.format,
        createReadStream(job.file),
        job.reference ? createReadStream(job.reference) : undefined,
      )
      const summary = await importDataset(into, mapped, {
        by,
        onProgress: (done, total) =>
          line.update(total ? done / total : 1, `${done}/${total} records`),
      })
      return {
        summary,
        lines: describeSummary(summary),
        rows: summary.rowsRead,
        failed: false,
      }
    }
    const size = statSync(job.file).size
    const summary = await importStream(into, createReadStream(job.file), {
      format: job.format,
      by,
      batchSize: job.batchSize,
      // A local file is the operator's own: only a line's size is bounded, to bound memory.
      limits: { maxBytes: Number.POSITIVE_INFINITY, maxLines: Number.POSITIVE_INFINITY },
      onProgress: (p) =>
        line.update(
          size ? p.bytes / size : undefined,
          `${p.imported} imported, ${p.rejected} rejected, ${p.lines} lines`,
        ),
    })
    const shown = summary.rejected.slice(0, 50)
    return {
      summary,
      lines: [
        `imported ${summary.imported}, unchanged ${summary.unchanged}, rejected ${summary.rejectedCount}`,
        ...shown.map((r) => `  line ${r.line}${r.id ? ` (${r.id})` : ''}: ${r.reason}`),
        ...(summary.rejectedCount > shown.length
          ? [`  … and ${summary.rejectedCount - shown.length} more`]
          : []),
      ],
      rows: summary.imported + summary.unchanged + summary.rejectedCount,
      failed: summary.rejectedCount > 0,
    }
  } finally {
    line.finish()
  }
}

try {
  for (const job of jobs) {
    console.error(`importing ${job.file} (${job.format}) into ${where}`)
    const started = performance.now()
    const { summary, lines, rows, failed } = await load(job, store)
    if (values.json) console.log(JSON.stringify(summary))
    else for (const text of lines) console.log(text)
    if (failed) process.exitCode = 1
    const seconds = (performance.now() - started) / 1000
    console.error(`${rows} rows in ${seconds.toFixed(1)}s (${Math.round(rows / seconds)} rows/s)`)
  }
} finally {
  await store.close()
}
