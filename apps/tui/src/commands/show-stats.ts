import type { Stats } from '@sitrep/domain'
import type { Names } from '../lib/names.ts'

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 })

/** "1–3", or "1+" when some attack of the day has no known ceiling. */
const band = ({ low, high }: { low: number; high: number | null }) =>
  high === null ? `${low}+` : low === high ? `${low}` : `${low}–${high}`

/** `sitrep stats` for a person: one short table per figure, names instead of ids. */
export const describeStats = (stats: Stats, names: Names): string => {
  const lines: string[] = []
  lines.push(
    `talks by status: ${stats.talksByStatus.map((t) => `${t.status} ${t.count}`).join(', ') || 'none'}`,
    '',
    'attacks by day           attacks  killed   injured',
  )
  for (const d of stats.attacksByDay)
    lines.push(
      `  ${d.day.padEnd(22)} ${String(d.attacks).padStart(7)}  ${band(d.killed).padEnd(7)}  ${band(d.injured)}`,
    )
  lines.push('', 'attacks by region        attacks  killed≥  injured≥')
  for (const r of stats.attacksByRegion)
    lines.push(
      `  ${names.place(r.placeId).slice(0, 22).padEnd(22)} ${String(r.attacks).padStart(7)}  ${String(r.killedAtLeast).padEnd(7)}  ${r.injuredAtLeast}`,
    )
  const aidRows = (
    title: string,
    rows: readonly { label: string; records: number; eur: number }[],
  ) => {
    lines.push('', `${title.padEnd(24)} records  EUR at least`)
    for (const row of rows)
      lines.push(
        `  ${row.label.slice(0, 22).padEnd(22)} ${String(row.records).padStart(7)}  €${compact.format(row.eur)}`,
      )
  }
  aidRows(
    'aid by donor',
    stats.aid.byDonor.map((d) => ({
      label: names.actor(d.donorId),
      records: d.records,
      eur: d.eurAtLeast,
    })),
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
    lines.push('', `${title.padEnd(24)} statements`)
    for (const row of rows)
      lines.push(`  ${row.label.slice(0, 22).padEnd(22)} ${String(row.statements).padStart(10)}`)
  }
  const { bySpeaker, unnamedSpeakers, byChannel } = stats.statements
  statementRows('statements by speaker', [
    ...bySpeaker.map((s) => ({ label: names.actor(s.speakerId), statements: s.statements })),
    // Last whatever its count: it is many speakers, not one.
    ...(unnamedSpeakers ? [{ label: 'unnamed speakers', statements: unnamedSpeakers }] : []),
  ])
  statementRows(
    'statements by channel',
    byChannel.map((c) => ({ label: c.channel, statements: c.statements })),
  )
  return lines.join('\n')
}
