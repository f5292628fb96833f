import type { ClientOptions } from './create-client.ts'
import { type ListQuery, toQueryParams } from './query-string.ts'
import { send } from './send.ts'

export type ExportFormat = 'ndjson' | 'csv' | 'geojson'

/** The list's filters; an export has no pages. */
export type ExportQuery = Omit<ListQuery, 'limit' | 'cursor'>

/**
 * Every matching record from `/v1/export` as the API streams it: the caller pipes the bytes on
 * (to a file, to stdout) without holding the whole export in memory.
 */
export const exportRecords = async (
  options: ClientOptions,
  format: ExportFormat,
  query: ExportQuery = {},
): Promise<ReadableStream<Uint8Array>> => {
  const params = new URLSearchParams({ format })
  for (const [name, value] of Object.entries(toQueryParams(query)))
    if (value !== undefined) params.set(name, String(value))
  const response = await send(options, `v1/export?${params}`)
  if (!response.body) throw new Error('the export answered without a body')
  return response.body
}
