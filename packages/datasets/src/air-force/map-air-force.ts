import type { CsvRecord } from '../csv/read-csv.ts'
import type { MappedDataset, RowOutcome } from '../dataset-item.ts'
import { groupReports } from './group-reports.ts'
import { mapReport } from './map-report.ts'
import { weaponCatalogue } from './weapons.ts'

/**
 * `missile_attacks_daily.csv` (one row per weapon model per attack) with its weapon reference
 * `missiles_and_uavs.csv` → one attack per report. The rows are grouped over the whole file, as
 * a post's lines are not always adjacent.
 */
export const mapAirForce = (
  attacks: readonly CsvRecord[],
  reference: readonly CsvRecord[],
): MappedDataset => {
  const catalogue = weaponCatalogue(reference)
  const { reports, rejected } = groupReports(attacks)
  const records = []
  const notes: RowOutcome[] = []
  const taken = new Map<string, number>()
  for (const report of reports) {
    const { item, problems } = mapReport(report, catalogue)
    // One post with two separate windows on the same day: the later ones are numbered in
    // window order, which the file fixes, so the ids stay stable across imports.
    const n = (taken.get(item.record.id) ?? 0) + 1
    taken.set(item.record.id, n)
    records.push(
      n === 1 ? item : { ...item, record: { ...item.record, id: `${item.record.id}-${n}` } },
    )
    notes.push(...problems)
  }
  // A bad count in one cell rejects that cell, not the row: the row's other counts stand.
  return {
    rowsRead: attacks.length,
    records,
    rejected,
    skipped: [],
    warnings: notes.sort((a, b) => a.line - b.line),
  }
}
