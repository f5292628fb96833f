import type { RowOutcome } from './dataset-item.ts'
import type { DatasetImportSummary } from './fusion/import-dataset.ts'

const QUOTED = /"[^"]*"/g

/** At most this many values are named in place of a quoted part that varies. */
const NAMED_VALUES = 3

/**
 * A tally's reason: the rows' own words when they agree; where a quoted part varies ("event in
 * "Belarus"", "event in "Poland""), the values it took, never a bare placeholder.
 */
const tallyReason = (reasons: ReadonlySet<string>): string => {
  const [first = ''] = reasons
  if (reasons.size === 1) return first
  const values: Set<string>[] = []
  for (const reason of reasons)
    for (const [index, quoted] of [...reason.matchAll(QUOTED)].entries()) {
      const at = values[index] ?? new Set<string>()
      at.add(quoted[0])
      values[index] = at
    }
  let index = 0
  return first.replace(QUOTED, () => {
    const seen = [...(values[index++] ?? [])]
    const named = seen.slice(0, NAMED_VALUES).join(' / ')
    return seen.length > NAMED_VALUES ? `${named} / … (${seen.length} values)` : named
  })
}

/** Rows grouped by reason, most frequent first: "412 × a sighting of Russian forces". */
export const reasonsTally = (
  rows: readonly RowOutcome[],
): { reason: string; count: number; firstLine: number }[] => {
  const tally = new Map<string, { count: number; firstLine: number; reasons: Set<string> }>()
  for (const { line, reason } of rows) {
    const key = reason.replace(QUOTED, '"…"')
    const seen = tally.get(key)
    if (seen) {
      seen.count += 1
      seen.reasons.add(reason)
    } else tally.set(key, { count: 1, firstLine: line, reasons: new Set([reason]) })
  }
  return [...tally.values()]
    .map(({ reasons, count, firstLine }) => ({ reason: tallyReason(reasons), count, firstLine }))
    .sort((a, b) => b.count - a.count)
}

/** The closing lines of an import, for a terminal. */
export const describeSummary = (s: DatasetImportSummary): string[] => {
  const lines = [
    `rows read ${s.rowsRead}: records created ${s.created}, merged into held records ${s.merged.length}, updated ${s.updated}, unchanged ${s.unchanged}; rows rejected ${s.rejected.length}, skipped ${s.skipped.length}, with warnings ${s.warnings.length}`,
  ]
  for (const m of s.merged.slice(0, 10))
    lines.push(`  merged ${m.id} into ${m.into}: ${m.reasons.join('; ')}`)
  if (s.merged.length > 10) lines.push(`  … and ${s.merged.length - 10} more merges`)
  for (const [label, rows] of [
    ['rejected', s.rejected],
    ['skipped', s.skipped],
    ['warning', s.warnings],
  ] as const)
    for (const t of reasonsTally(rows))
      lines.push(`  ${label} ${t.count} × ${t.reason} (first at line ${t.firstLine})`)
  return lines
}
