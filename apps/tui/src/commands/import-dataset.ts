import { openAsBlob } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import {
  type ClientOptions,
  createClient,
  type DatasetFile,
  type DatasetFormat,
  type DatasetImportSummary,
} from '@sitrep/client'
import { InputError } from '../lib/failure.ts'

const readPart = async (path: string): Promise<DatasetFile> => {
  try {
    return { name: basename(path), content: await openAsBlob(path) }
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${error instanceof Error ? error.message : error}`)
  }
}

/**
 * Uploads a downloaded dataset to `/v1/datasets/{format}` (admin key). The Air Force file needs
 * its weapon reference; without `--reference` the one downloaded beside it is sent.
 */
export const importDatasetFile = async (
  options: ClientOptions,
  format: DatasetFormat,
  file: string,
  reference?: string,
): Promise<DatasetImportSummary> => {
  const referencePath =
    reference ?? (format === 'air-force' ? join(dirname(file), 'missiles_and_uavs.csv') : undefined)
  return createClient(options).importDataset(format, {
    file: await readPart(file),
    ...(referencePath ? { reference: await readPart(referencePath) } : {}),
  })
}

/** The summary as a person reads it: the counts, then the refused rows by line. */
export const describeDatasetImport = (s: DatasetImportSummary): string =>
  [
    `rows read ${s.rowsRead}: created ${s.created}, merged into held records ${s.merged.length}, updated ${s.updated}, unchanged ${s.unchanged}; rejected ${s.rejected.length}, skipped ${s.skipped.length}, with warnings ${s.warnings.length}`,
    ...s.merged.map((m) => `merged ${m.id} into ${m.into}: ${m.reasons.join('; ')}`),
    ...s.rejected.map((r) => `line ${r.line}: ${r.reason}`),
  ].join('\n')
