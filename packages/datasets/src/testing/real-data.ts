import { createReadStream, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type CsvRecord, readCsv } from '../csv/read-csv.ts'

/** The shared datasets sit beside the repository (`../shared/data`); they are never copied in. */
export const DATA_DIR = fileURLToPath(new URL('../../../../../shared/data', import.meta.url))
export const AIR_FORCE_ATTACKS = `${DATA_DIR}/air-force-missile-attacks/missile_attacks_daily.csv`
export const AIR_FORCE_REFERENCE = `${DATA_DIR}/air-force-missile-attacks/missiles_and_uavs.csv`
export const CIR_EVENTS = `${DATA_DIR}/cir-bellingcat-events/events.csv`

export const hasRealData = existsSync(AIR_FORCE_ATTACKS) && existsSync(CIR_EVENTS)
export const SKIP_MESSAGE = `real datasets not found at ${DATA_DIR}: tests that need them are skipped`

export const readCsvFile = async (path: string): Promise<CsvRecord[]> => {
  const rows: CsvRecord[] = []
  for await (const row of readCsv(createReadStream(path))) rows.push(row)
  return rows
}
