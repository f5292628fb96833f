import type { Stats } from '@sitrep/domain'
import type { Names } from '../lib/names.ts'
import { describeSeries } from './describe-series.ts'
import { periodLabel } from './stats-periods.ts'

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 })

/** "1–3", or "1+" when some attack of the day has no known ceiling. */
const band = ({ low, high }: { low: number; high: number | null }) =>
  high === null ? `${low}+` : low === high ? `${low}` : `${low}–${high}`

/**
 * `sitrep stats` for a person: one short table per figure, full names instead of ids, and the
 * series as the API summed them (by day, week or month): attacks, the air war, aid.
 */
export const describeStats = (stats: Stats, names: Names): string => {
  const period = stats.series.bucket
  const regions = stats.attacksByRegion.map((r) => ({ ...r, name: names.place(r.placeId) }))
  const donors = stats.aid.byDonor.map((d) => ({ ...d, name: names.actor(d.donorId) }))
  const speakers = stats.statements.bySpeaker.map((s) => ({ ...s, name: names.actor(s.speakerId) }))
  // One label column wide enough for the longest name: "Ministry of Defence of Ukraine" whole.
  const width = Math.max(22, ...[...regions, ...donors, ...speakers].map((r) => r.name.length))
  const lines: string[] = []
  const heading = `attacks by ${period}`
  lines.push(
    `talks by status: ${stats.talksByStatus.map((t) => `${t.status} ${t.count}`).join(', ') || 'none'}`,
    '',
    `${heading.padEnd(width + 2)} attacks  killed   injured${period === 'day' ? '' : `   (--by day for each day)`}`,
  )
  for (const d of stats.series.attacks)
    lines.push(
      `  ${periodLabel(d.start, period).padEnd(width)} ${String(d.attacks).padStart(7)}  ${band(d.killed).padEnd(7)}  ${band(d.injured)}`,
    )
  // Undated attacks are in the totals and on no day: shown apart, so the column adds up.
  const undated = stats.undatedAttacks
  if (undated.attacks > 0)
    lines.push(
      `  ${'no day given'.padEnd(width)} ${String(undated.attacks).padStart(7)}  ${band(undated.killed).padEnd(7)}  ${band(undated.injured)}`,
    )
  lines.push(...describeSeries(stats.series, names, width))
  lines.push('', `${'attacks by region'.padEnd(width + 2)} attacks  killed≥  injured≥`)
  for (const r of regions)
    lines.push(
      `  ${r.name.padEnd(width)} ${String(r.attacks).padStart(7)}  ${String(r.killedAtLeast).padEnd(7)}  ${r.injuredAtLeast}`,
    )
  const aidRows = (
    title: string,
    rows: readonly { label: string; records: number; eur: number }[],
  ) => {
    lines.push('', `${title.padEnd(width + 2)} records  EUR at least`)
    for (const row of rows)
      lines.push(
        `  ${row.label.padEnd(width)} ${String(row.records).padStart(7)}  €${compact.format(row.eur)}`,
      )
  }
  aidRows(
    'aid by donor',
    donors.map((d) => ({ label: d.name, records: d.records, eur: d.eurAtLeast })),
  )
  aidRows(
    'aid by category',
    stats.aid.byCategory.map((c) => ({ label: c.category, records: c.records, eur: c.eurAtLeast })),
  )
  aidRows(
    'aid by stage',
    stats.aid.byStage.map((s) => ({ label: s.stage, records: s.records, eur: s.eurAtLeast })),
  )
  const statementRows = (title: string, rows: readonly { label: string; statements: number }[]) => {
    lines.push('', `${title.padEnd(width + 2)} statements`)
    for (const row of rows)
      lines.push(`  ${row.label.padEnd(width)} ${String(row.statements).padStart(10)}`)
  }
  const { unnamedSpeakers, byChannel } = stats.statements
  statementRows('statements by speaker', [
    ...speakers.map((s) => ({ label: s.name, statements: s.statements })),
    // Last whatever its count: it is many speakers, not one.
    ...(unnamedSpeakers ? [{ label: 'unnamed speakers', statements: unnamedSpeakers }] : []),
  ])
  statementRows(
    'statements by channel',
    byChannel.map((c) => ({ label: c.channel, statements: c.statements })),
  )
  return lines.join('\n')
}
