import { dirname, extname, join, resolve } from 'node:path'
import { DATASET_FORMATS, type DatasetFormat, isDatasetFormat } from '@sitrep/datasets'
import { UsageError } from './command-line.ts'

/** One file to load: a downloaded dataset, or sitrep's own records (an export, generated ones). */
export type ImportJob =
  | { kind: 'dataset'; format: DatasetFormat; file: string; reference?: string }
  | { kind: 'records'; format: 'ndjson' | 'csv'; file: string; batchSize: number }

export const IMPORT_OPTIONS = {
  dataset: { type: 'string' },
  reference: { type: 'string' },
  from: { type: 'string' },
  batch: { type: 'string' },
  json: { type: 'boolean', default: false },
} as const

export interface ImportArgs {
  readonly positionals: readonly string[]
  readonly values: { dataset?: string; reference?: string; from?: string; batch?: string }
}

/** The real datasets as the shared data directory holds them (its README names the files). */
export const realDatasets = (dir: string): ImportJob[] => [
  {
    kind: 'dataset',
    format: 'air-force',
    file: join(dir, 'air-force-missile-attacks', 'missile_attacks_daily.csv'),
    reference: join(dir, 'air-force-missile-attacks', 'missiles_and_uavs.csv'),
  },
  { kind: 'dataset', format: 'cir-events', file: join(dir, 'cir-bellingcat-events', 'events.csv') },
]

// 5,000 records a transaction: a tenth less CPU per record than 1,000 at 100k records.
const DEFAULT_BATCH = 5000

const batchSizeOf = (given: string | undefined): number => {
  const size = Number(given ?? DEFAULT_BATCH)
  if (!Number.isInteger(size) || size < 1 || size > 100_000)
    throw new UsageError('--batch must be a whole number from 1 to 100000')
  return size
}

/**
 * What a command line asks to load. Paths are taken from `cwd`, where the command was typed.
 * With no FILE, both real datasets from `dataDir` (or `--from`).
 */
export const planImport = (
  { positionals, values }: ImportArgs,
  { cwd, dataDir }: { cwd: string; dataDir: string },
): ImportJob[] => {
  const [given, ...extra] = positionals
  if (extra.length > 0) throw new UsageError('one FILE at a time')
  if (given === undefined) {
    for (const flag of ['dataset', 'reference', 'batch'] as const)
      if (values[flag] !== undefined) throw new UsageError(`--${flag} needs a FILE`)
    return realDatasets(values.from === undefined ? dataDir : resolve(cwd, values.from))
  }
  if (values.from !== undefined) throw new UsageError('--from reads a directory: give no FILE')
  const file = resolve(cwd, given)
  if (values.dataset !== undefined) {
    const format = values.dataset
    if (!isDatasetFormat(format))
      throw new UsageError(`--dataset must be ${DATASET_FORMATS.join(', ')}, not ${format}`)
    if (values.batch !== undefined) throw new UsageError('--batch is for record files')
    if (format !== 'air-force') {
      if (values.reference !== undefined)
        throw new UsageError('--reference is for the air-force dataset only')
      return [{ kind: 'dataset', format, file }]
    }
    const reference =
      values.reference === undefined
        ? join(dirname(file), 'missiles_and_uavs.csv')
        : resolve(cwd, values.reference)
    return [{ kind: 'dataset', format, file, reference }]
  }
  if (values.reference !== undefined)
    throw new UsageError('--reference is for the air-force dataset (add --dataset air-force)')
  return [
    {
      kind: 'records',
      format: extname(file).toLowerCase() === '.csv' ? 'csv' : 'ndjson',
      file,
      batchSize: batchSizeOf(values.batch),
    },
  ]
}
