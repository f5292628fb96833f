import { mapAcled } from './acled/map-acled.ts'
import { mapAirForce } from './air-force/map-air-force.ts'
import { mapCirEvents } from './cir/map-cir-events.ts'
import { type CsvRecord, readCsv } from './csv/read-csv.ts'
import type { DatasetFormat, MappedDataset } from './dataset-item.ts'

/** Every format the importers read, as a tuple so schemas can enumerate it. */
export const DATASET_FORMATS = [
  'air-force',
  'cir-events',
  'acled',
] as const satisfies readonly DatasetFormat[]

export const isDatasetFormat = (value: string): value is DatasetFormat =>
  DATASET_FORMATS.some((f) => f === value)

const collect = async (chunks: AsyncIterable<Uint8Array | string>): Promise<CsvRecord[]> => {
  const rows: CsvRecord[] = []
  for await (const row of readCsv(chunks)) rows.push(row)
  return rows
}

/**
 * A downloaded dataset file as records. The Air Force file needs its weapon reference
 * (`missiles_and_uavs.csv`); without one, models stay unresolved ("other") and say so.
 */
export const mapDataset = async (
  format: DatasetFormat,
  file: AsyncIterable<Uint8Array | string>,
  reference?: AsyncIterable<Uint8Array | string>,
): Promise<MappedDataset> => {
  const rows = await collect(file)
  if (format === 'air-force') return mapAirForce(rows, reference ? await collect(reference) : [])
  if (format === 'cir-events') return mapCirEvents(rows)
  return mapAcled(rows)
}
