import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The shared real datasets, beside the repository (never copied into it). */
export const DATA_DIR = fileURLToPath(new URL('../../../../../shared/data', import.meta.url))
export const AIR_FORCE_ATTACKS = `${DATA_DIR}/air-force-missile-attacks/missile_attacks_daily.csv`
export const AIR_FORCE_REFERENCE = `${DATA_DIR}/air-force-missile-attacks/missiles_and_uavs.csv`
export const airForcePresent = () =>
  existsSync(AIR_FORCE_ATTACKS) && existsSync(AIR_FORCE_REFERENCE)

/** The cells of one CSV line (the test's own reading, independent of the importer's parser). */
const cellsOf = (line: string): string[] =>
  [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
    .map((m) => (m[1] ?? '').replace(/^"|"$/g, ''))
    .slice(0, 22)

const count = (cell: string | undefined) => {
  const n = Number(cell?.trim() || 'NaN')
  return Number.isFinite(n) ? n : 0
}

/**
 * Launched and intercepted per report day, straight from the CSV: a post's overlapping windows
 * are one report, dated by its first window's day (the data README); intercepted is the
 * destroyed column plus those lost to electronic warfare (`not_reach_goal`).
 */
export const airWarPerDay = (csv: string) => {
  const rows = csv.trim().split('\n').slice(1).map(cellsOf)
  const bySource = new Map<string, { start: string; end: string; cells: string[] }[]>()
  const norm = (t: string, endOfDay: boolean) =>
    t.length === 10 ? `${t} ${endOfDay ? '24:00' : '00:00'}` : t.replace(/ (\d):/, ' 0$1:')
  for (const cells of rows) {
    const [start = '', end = ''] = cells.map((c) => c.trim())
    const source = cells[21]?.trim() ?? ''
    const list = bySource.get(source) ?? []
    list.push({ start: norm(start, false), end: norm(end || start, true), cells })
    bySource.set(source, list)
  }
  const perDay = new Map<string, { launched: number; intercepted: number }>()
  for (const list of bySource.values()) {
    list.sort((a, b) => a.start.localeCompare(b.start))
    let reachEnd = ''
    let day = ''
    for (const w of list) {
      if (!(reachEnd && w.start <= reachEnd)) day = w.start.slice(0, 10)
      if (w.end > reachEnd) reachEnd = w.end
      const held = perDay.get(day) ?? { launched: 0, intercepted: 0 }
      perDay.set(day, {
        launched: held.launched + count(w.cells[6]),
        intercepted: held.intercepted + count(w.cells[7]) + count(w.cells[8]),
      })
    }
  }
  return perDay
}
