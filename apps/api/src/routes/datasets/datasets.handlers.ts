import type { z } from '@hono/zod-openapi'
import { CsvSyntaxError, type DatasetFormat, importDataset, mapDataset } from '@sitrep/datasets'
import type { Context } from 'hono'
import { ApiError } from '../../lib/api-error.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { writerOf } from '../../lib/auth.ts'
import type { DatasetImportSummary } from './datasets.routes.ts'

/** A dataset is a file: far larger than a record, still bounded so one request cannot fill a disk. */
export const MAX_DATASET_BYTES = 512 * 1024 * 1024

type Part = 'file' | 'reference'

/** The parts are read one after the other; `reading` says whose lines the parser is on. */
async function* chunksOfPart(
  part: Part,
  file: File,
  reading: { part: Part },
): AsyncGenerator<Uint8Array> {
  if (file.size > MAX_DATASET_BYTES)
    throw new ApiError('payload-too-large', `datasets are limited to ${MAX_DATASET_BYTES} bytes`)
  reading.part = part
  const reader = file.stream().getReader()
  for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value
}

/** Maps the uploaded files, then writes them; a file that is not CSV is refused before any write. */
export const importDatasetUpload = async (
  c: Context<AppEnv>,
  format: DatasetFormat,
  { file, reference }: { file: File; reference?: File | undefined },
): Promise<z.infer<typeof DatasetImportSummary>> => {
  if (format === 'air-force' && !reference)
    throw new ApiError(
      'bad-request',
      'the air-force format needs its weapon reference, missiles_and_uavs.csv, as a "reference" part',
    )
  const reading: { part: Part } = { part: 'file' }
  const mapped = await mapDataset(
    format,
    chunksOfPart('file', file, reading),
    reference ? chunksOfPart('reference', reference, reading) : undefined,
  ).catch((error: unknown) => {
    if (!(error instanceof CsvSyntaxError)) throw error
    throw new ApiError('bad-request', `the "${reading.part}" part is not CSV at ${error.message}`, [
      { path: reading.part, message: error.message },
    ])
  })
  return importDataset(c.var.store, mapped, { by: writerOf(c.var.principal) })
}
