import type { InferResponseType } from 'hono/client'
import type { ClientOptions } from './create-client.ts'
import { send } from './send.ts'
import type { SitrepHc } from './typed-hc.ts'

export type ImportFormat = 'ndjson' | 'csv'

/** What `/v1/import` wrote and which lines it refused, numbered within the body sent. */
export type ImportSummary = InferResponseType<SitrepHc['v1']['import']['$post'], 200>

const contentTypes = { ndjson: 'application/x-ndjson', csv: 'text/csv' } as const

/**
 * Sends NDJSON or CSV lines to `/v1/import` (editor role). The body may be a string or a stream:
 * the API writes line by line, so a caller can send a large file in batches and report progress.
 */
export const importRecords = async (
  options: ClientOptions,
  body: string | ReadableStream<Uint8Array>,
  format: ImportFormat = 'ndjson',
): Promise<ImportSummary> => {
  const response = await send(options, `v1/import?format=${format}`, {
    method: 'POST',
    headers: { 'content-type': contentTypes[format] },
    body,
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  })
  const summary: ImportSummary = await response.json()
  return summary
}
