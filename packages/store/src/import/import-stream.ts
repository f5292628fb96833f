import type { ImportStore } from '../store.ts'
import { type ImportFormat, readEntries } from './entries.ts'

export interface LineRejection {
  line: number
  id?: string
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
  rejected: LineRejection[]
}

export interface ImportOptions {
  format: ImportFormat
  /** Recorded as the revisions' author: "import:<file>". */
  by: string
  /** Records per transaction: a crash loses at most the batch being written. */
  batchSize?: number
  /** Called after each committed batch. */
  onProgress?: (progress: ImportProgress) => void
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
 * whole or rejected with its line number and reason; nothing partial is ever committed.
 */
export const importStream = async (
  store: ImportStore,
  chunks: AsyncIterable<Uint8Array | string>,
  options: ImportOptions,
): Promise<ImportSummary> => {
  const batchSize = options.batchSize ?? 1000
  const counter = { bytes: 0 }
  const rejected: LineRejection[] = []
  let imported = 0
  let lines = 0
  let batch: { line: number; value: unknown }[] = []

  const flush = async () => {
    if (batch.length === 0) return
    const result = await store.importRecords(
      batch.map((e) => e.value),
      { by: options.by },
    )
    imported += result.created
    for (const r of result.rejected) {
      const line = batch[r.index]?.line ?? 0
      rejected.push({ line, ...(r.id ? { id: r.id } : {}), reason: r.reason })
    }
    batch = []
    options.onProgress?.({ lines, imported, rejected: rejected.length, bytes: counter.bytes })
  }

  for await (const entry of readEntries(options.format, countBytes(chunks, counter))) {
    lines += 1
    if ('error' in entry) rejected.push({ line: entry.line, reason: entry.error })
    else batch.push(entry)
    if (batch.length >= batchSize) await flush()
  }
  await flush()
  rejected.sort((a, b) => a.line - b.line)
  return { imported, rejected }
}
