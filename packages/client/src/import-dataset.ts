import type { InferResponseType } from 'hono/client'
import type { ClientOptions } from './create-client.ts'
import { send } from './send.ts'
import type { SitrepHc } from './typed-hc.ts'

type DatasetRoute = SitrepHc['v1']['datasets'][':format']['$post']

/** The third-party datasets the API reads: air-force, cir-events, acled. */
export type DatasetFormat = Parameters<DatasetRoute>[0]['param']['format']

/** Rows read, records created, merged (with reasons), updated, unchanged; refused rows by line. */
export type DatasetImportSummary = InferResponseType<DatasetRoute, 200>

/** A file as a browser or Node holds it (File, Blob), with the name the API logs it under. */
export interface DatasetFile {
  readonly name: string
  readonly content: Blob
}

/**
 * Sends a downloaded dataset to `/v1/datasets/{format}` (admin role) as multipart/form-data:
 * the file and, for air-force, its weapon reference (missiles_and_uavs.csv).
 */
export const importDataset = async (
  options: ClientOptions,
  format: DatasetFormat,
  { file, reference }: { file: DatasetFile; reference?: DatasetFile },
): Promise<DatasetImportSummary> => {
  const form = new FormData()
  form.set('file', file.content, file.name)
  if (reference) form.set('reference', reference.content, reference.name)
  const response = await send(options, `v1/datasets/${format}`, { method: 'POST', body: form })
  const summary: DatasetImportSummary = await response.json()
  return summary
}
