import { z } from '@hono/zod-openapi'
import { type DatasetFormat, importDataset, mapDataset } from '@sitrep/datasets'
import { roleAllows } from '@sitrep/domain'
import type { Context } from 'hono'
import { ApiError } from '../../lib/api-error.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { writerOf } from '../../lib/auth.ts'

const Outcome = z.object({ line: z.number().int(), reason: z.string() })

/** What a dataset import did, row by row where rows were not written. */
export const DatasetImportSummary = z.object({
  rowsRead: z.number().int(),
  created: z.number().int(),
  merged: z.array(z.object({ id: z.string(), into: z.string(), reasons: z.array(z.string()) })),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(Outcome),
  skipped: z.array(Outcome),
  warnings: z.array(Outcome),
})

async function* chunksOfFile(file: File, max: number): AsyncGenerator<Uint8Array> {
  if (file.size > max)
    throw new ApiError('payload-too-large', `imports are limited to ${max} bytes`)
  const reader = file.stream().getReader()
  for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value
}

/**
 * A downloaded dataset, sent as multipart/form-data: `file` the dataset's CSV, and for the Air
 * Force format `reference`, its `missiles_and_uavs.csv`. Admins only: one file rewrites
 * thousands of records and fuses evidence into records editors curated.
 */
export const importDatasetRequest = async (
  c: Context<AppEnv>,
  format: DatasetFormat,
  maxBytes: number,
) => {
  const principal = c.var.principal
  if (!principal || !roleAllows(principal.role, 'admin'))
    throw new ApiError('forbidden', `importing a ${format} dataset needs the admin role`)
  if (!/^multipart\/form-data\b/i.test(c.req.header('content-type') ?? ''))
    throw new ApiError(
      'unsupported-media-type',
      'send a dataset as multipart/form-data with a "file" part (and "reference" for air-force)',
    )
  const form = await c.req.formData()
  const file = form.get('file')
  const reference = form.get('reference')
  if (!(file instanceof File)) throw new ApiError('bad-request', 'the "file" part is missing')
  if (format === 'air-force' && !(reference instanceof File))
    throw new ApiError(
      'bad-request',
      'the air-force format needs its weapon reference, missiles_and_uavs.csv, as a "reference" part',
    )
  const mapped = await mapDataset(
    format,
    chunksOfFile(file, maxBytes),
    reference instanceof File ? chunksOfFile(reference, maxBytes) : undefined,
  )
  return importDataset(c.var.store, mapped, { by: writerOf(principal) })
}
