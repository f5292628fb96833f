import type { ImportStore, RejectionCode } from '../parts/import-store.ts'
import { type ImportFormat, readEntries } from './entries.ts'
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, InputRefused } from './import-limits.ts'
import { RejectionTally } from './rejection-tally.ts'

export interface LineRejection {
  line: number
  id?: string
  code: RejectionCode
  reason: string
}

export interface ImportProgress {
  lines: number
  imported: number
  rejected: number
  /** Bytes read so far, for a progress bar against the file's size. */
  bytes: number
}

export interface ImportSummary {
  imported: number
  /** Lines identical to the record already stored: an import run twice changes nothing. */
  unchanged: number
  /** The first rejected lines, by line number, up to the limit on listed rejections. */
  rejected: LineRejection[]
  /** Every rejected line, listed or not. */
  rejectedCount: number
  rejectedByCode: Partial<Record<RejectionCode, number>>
  /** Every line up to this one was read, and each was committed, unchanged or rejected. */
  throughLine: number
}

export interface ImportOptions {
  format: ImportFormat
  /** Recorded as the revisions' author: "import:<file>". */
  by: string
  /** Records per transaction: a crash loses at most the batch being written. */
  batchSize?: number
  /** Called after each committed batch. */
  onProgress?: (progress: ImportProgress) => void
  limits?: Partial<ImportLimits>
}

/**
 * An import that stopped on input it could not read on from (a limit, bytes that are not
 * UTF-8); what came before was committed and `summary` says so.
 */
export class ImportHalted extends Error {
  override name = 'ImportHalted'
  constructor(
    readonly refused: InputRefused,
    readonly summary: ImportSummary,
  ) {
    super(refused.message)
  }
}

async function* countBytes(
  chunks: AsyncIterable<Uint8Array | string>,
  counter: { bytes: number },
): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of chunks) {
    counter.bytes += typeof chunk === 'string' ? chunk.length : chunk.byteLength
    yield chunk
  }
}

/**
 * Streams NDJSON or CSV into the store in batched transactions. Each line is one record, written
 * whole or rejected with its line number and reason; nothing partial is ever committed. Input it
 * cannot read on from ends the import with ImportHalted, after committing the lines before it.
 */
export const importStream = async (
  store: ImportStore,
  chunks: AsyncIterable<Uint8Array | string>,
  options: ImportOptions,
): Promise<ImportSummary> => {
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...options.limits }
  const batchSize = options.batchSize ?? 1000
  const counter = { bytes: 0, lines: 0 }
  const rejected = new RejectionTally(limits.listedRejections)
  let imported = 0
  let unchanged = 0
  let batch: { line: number; value: unknown }[] = []

  const flush = async () => {
    if (batch.length === 0) return
    const result = await store.importRecords(
      batch.map((e) => e.value),
      { by: options.by },
    )
    imported += result.created
    unchanged += result.unchanged
    for (const r of result.rejected) {
      const line = batch[r.index]?.line ?? 0
      rejected.add({ line, ...(r.id ? { id: r.id } : {}), code: r.code, reason: r.reason })
    }
    batch = []
    options.onProgress?.({
      lines: counter.lines,
      imported,
      rejected: rejected.count,
      bytes: counter.bytes,
    })
  }
  const summary = (): ImportSummary => ({
    imported,
    unchanged,
    rejected: rejected.listed(),
    rejectedCount: rejected.count,
    rejectedByCode: rejected.byCode(),
    throughLine: counter.lines,
  })

  const bytes = countBytes(chunks, counter)
  try {
    for await (const entry of readEntries(options.format, bytes, limits)) {
      counter.lines = entry.line
      if ('error' in entry)
        rejected.add({ line: entry.line, code: entry.code, reason: entry.error })
      else batch.push(entry)
      if (batch.length >= batchSize) await flush()
    }
  } catch (error) {
    if (!(error instanceof InputRefused)) throw error
    await flush()
    counter.lines = error.line - 1
    throw new ImportHalted(error, summary())
  }
  await flush()
  return summary()
}
export type { RejectionCode } from '../parts/import-store.ts'
