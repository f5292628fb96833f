import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import type { ImportFormat, ImportSummary, SitrepClient } from '@sitrep/client'
import { InputError, UsageError } from '../lib/failure.ts'
import { datasetMistake } from './dataset-header.ts'
import { countRows, importBatches } from './import-batches.ts'

export interface ImportProgressState {
  readonly rows: number
  readonly total: number
  readonly imported: number
  readonly rejected: number
  readonly startedAt: number
}

export const formatOf = (file: string, flag?: string): ImportFormat =>
  flag === 'csv' || (flag === undefined && extname(file).toLowerCase() === '.csv')
    ? 'csv'
    : 'ndjson'

export const readInput = async (file: string): Promise<string> => {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${error instanceof Error ? error.message : error}`)
  }
}

/**
 * Sends a file to /v1/import in batches and reports after each. Rejected lines are numbered as
 * in the file, whichever batch they were in, so an editor can go straight to them.
 */
export const importFile = async (
  client: SitrepClient,
  file: string,
  {
    format = formatOf(file),
    rowsPerBatch = 500,
    onProgress,
  }: {
    format?: ImportFormat
    rowsPerBatch?: number
    onProgress?: (state: ImportProgressState) => void
  } = {},
): Promise<ImportSummary & { rows: number }> => {
  const text = await readInput(file)
  const mistake = format === 'csv' ? datasetMistake(file, text) : undefined
  if (mistake) throw new UsageError(mistake)
  const total = countRows(text, format)
  const state = { rows: 0, total, imported: 0, rejected: 0, startedAt: Date.now() }
  const rejected: ImportSummary['rejected'] = []
  const byCode: ImportSummary['rejectedByCode'] = {}
  let unchanged = 0
  let throughLine = 0
  onProgress?.({ ...state })
  for (const batch of importBatches(text, format, rowsPerBatch)) {
    const summary = await client.importRecords(batch.body, format)
    const inFile = (line: number) => batch.firstLine + line - 1 - batch.headerLines
    for (const r of summary.rejected) rejected.push({ ...r, line: inFile(r.line) })
    for (const [code, count] of Object.entries(summary.rejectedByCode) as [
      keyof typeof byCode,
      number,
    ][])
      byCode[code] = (byCode[code] ?? 0) + count
    state.rows += batch.rows
    state.imported += summary.imported
    state.rejected += summary.rejectedCount
    unchanged += summary.unchanged
    throughLine = inFile(summary.throughLine)
    onProgress?.({ ...state })
  }
  return {
    imported: state.imported,
    unchanged,
    rejected,
    rejectedCount: state.rejected,
    rejectedByCode: byCode,
    throughLine,
    rows: state.rows,
  }
}
