import type { CsvRecord } from '../csv/read-csv.ts'
import type { RowOutcome } from '../dataset-item.ts'
import { overlaps, parseWindow, type Window } from './time-window.ts'

/** One weapon line of a report: a row of `missile_attacks_daily.csv` with its window read. */
export interface WeaponRow {
  readonly line: number
  readonly cells: Readonly<Record<string, string>>
  readonly window: Window
}

/** One Air Force report: a source post and the weapon lines it gave for one attack. */
export interface Report {
  readonly source: string
  readonly rows: WeaponRow[]
}

/**
 * Rows sharing a source post and an overlapping time window are one attack: the post of 21 July
 * 2025 gives the drones 21:00–09:30 and the missiles 00:30–06:30, one night. A post whose rows
 * fall on separate days (the file reuses a few post paths for other dates) is split by window.
 */
export const groupReports = (
  records: readonly CsvRecord[],
): { reports: Report[]; rejected: RowOutcome[] } => {
  const rejected: RowOutcome[] = []
  const bySource = new Map<string, WeaponRow[]>()
  for (const { line, cells } of records) {
    const source = cells.source?.trim() ?? ''
    const window = parseWindow(cells.time_start ?? '', cells.time_end ?? '')
    if (typeof window === 'string') rejected.push({ line, reason: window })
    else if (!(cells.model ?? '').trim()) rejected.push({ line, reason: 'no weapon model' })
    else {
      // A row without a post still stands alone as its own report, keyed by its window.
      const key = source || `(no source) ${window.raw}`
      const rows = bySource.get(key) ?? []
      rows.push({ line, cells, window })
      bySource.set(key, rows)
    }
  }
  const reports: Report[] = []
  for (const [source, rows] of bySource) {
    const sorted = [...rows].sort((a, b) => a.window.start - b.window.start || a.line - b.line)
    let current: WeaponRow[] = []
    for (const row of sorted) {
      if (current.length > 0 && !current.some((r) => overlaps(r.window, row.window))) {
        reports.push({ source, rows: current })
        current = []
      }
      current.push(row)
    }
    if (current.length > 0) reports.push({ source, rows: current })
  }
  return { reports, rejected }
}
