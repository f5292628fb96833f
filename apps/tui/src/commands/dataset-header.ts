/**
 * The columns that mark a downloaded dataset's CSV, read from each source's header: the Air
 * Force's daily attacks and its weapon reference, CIR/Bellingcat's events, an ACLED export.
 */
const SIGNATURES = [
  { columns: ['time_start', 'time_end', 'model', 'launched'], dataset: 'air-force' },
  { columns: ['model', 'category', 'national_origin'], reference: 'air-force' },
  { columns: ['entry', 'event_group', 'violence level'], dataset: 'cir-events' },
  { columns: ['event_id_cnty', 'event_date', 'sub_event_type'], dataset: 'acled' },
] as const

const headerOf = (text: string): string[] =>
  (text.slice(0, text.search(/\r?\n|$/)) || '')
    .replace(/^\uFEFF/, '')
    .split(',')
    .map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase())

/**
 * Why a CSV given to the records import is a dataset instead, said once with the command that
 * imports it; undefined for any other file. Without this every row failed alike ("the header
 * must be …", once per batch).
 */
export const datasetMistake = (file: string, text: string): string | undefined => {
  const header = new Set(headerOf(text))
  const match = SIGNATURES.find((s) => s.columns.every((c) => header.has(c)))
  if (!match) return undefined
  if ('reference' in match)
    return `${file} is the Air Force weapon reference (missiles_and_uavs.csv): pass it with --reference to \`sitrep import missile_attacks_daily.csv --dataset air-force --reference ${file}\``
  return `${file} is a ${match.dataset} dataset, not sitrep records: import it with \`sitrep import ${file} --dataset ${match.dataset}\` (an admin key; the datasets are air-force, cir-events and acled)`
}
