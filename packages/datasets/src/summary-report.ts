import type { RowOutcome } from './dataset-item.ts'
import type { DatasetImportSummary } from './fusion/import-dataset.ts'

/** Rows grouped by reason, most frequent first: "412 × a sighting of Russian forces". */
export const reasonsTally = (
  rows: readonly RowOutcome[],
): { reason: string; count: number; firstLine: number }[] => {
  const tally = new Map<string, { count: number; firstLine: number }>()
  for (const { line, reason } of rows) {
    const key = reason.replace(/"[^"]*"/g, '"…"')
    const seen = tally.get(key)
    if (seen) seen.count += 1
    else tally.set(key, { count: 1, firstLine: line })
  }
  return [...tally].map(([reason, v]) => ({ reason, ...v })).sort((a, b) => b.count - a.count)
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
