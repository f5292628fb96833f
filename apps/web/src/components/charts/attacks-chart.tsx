import type { StatsSeries } from '@sitrep/domain'
import { bucketLabel } from '../../lib/charts/bucket-starts.ts'
import {
  barsPath,
  countText,
  type Frame,
  frameOf,
  MARGIN,
  r,
  WIDTH,
} from '../../lib/charts/chart-frame.ts'
import { CountAxis, TimeAxis } from './chart-axes.tsx'
import { ChartFigure, Key } from './chart-figure.tsx'

type AttackRow = StatsSeries['attacks'][number]
type Band = AttackRow['killed']

const HEIGHT = 236
const ATTACKS = { top: 10, bottom: 92 }
const CASUALTIES = { top: 112, bottom: 212 }
const COLOURS = { attacks: '#0b4f8a', killed: '#7a1a14', injured: '#c26a00' } as const

const bandText = (b: Band) =>
  b.high === null
    ? `at least ${countText(b.low)}`
    : b.low === b.high
      ? countText(b.low)
      : `${countText(b.low)}–${countText(b.high)}`

const EMPTY: AttackRow = {
  start: '',
  attacks: 0,
  killed: { low: 0, high: 0 },
  injured: { low: 0, high: 0 },
}

/**
 * A casualty band per bucket, half a slot wide: from the floor the sources allow to their ceiling,
 * or to the top of the plot where some attack has none. The floor is drawn as a thicker line.
 */
const bandPaths = (
  frame: Frame,
  rows: readonly AttackRow[],
  side: 0 | 1,
  name: 'killed' | 'injured',
) => {
  const half = Math.max(0.3, frame.x.bandwidth() / 2)
  let band = ''
  let floor = ''
  for (const row of rows) {
    const b = row[name]
    if (b.low === 0 && b.high === 0) continue
    const left = r((frame.x(row.start) ?? 0) + side * half)
    const bottom = r(frame.y(b.low))
    const top = b.high === null ? CASUALTIES.top : r(frame.y(b.high))
    band += `M${left} ${top}h${r(half)}V${bottom}h${r(-half)}z`
    floor += `M${left} ${bottom}h${r(half)}`
  }
  return { band, floor }
}

/** Attacks per bucket above, killed and injured bands below, on one time axis. */
export function AttacksChart({
  series,
  starts,
  undated,
}: {
  series: StatsSeries
  starts: readonly string[]
  /** Attacks in the period's filters whose sources give no day: counted, but not drawn. */
  undated: number
}) {
  const notDrawn =
    undated === 0
      ? ''
      : ` ${countText(undated)} more ${undated === 1 ? 'attack has' : 'attacks have'} no known day and ${undated === 1 ? 'is' : 'are'} not drawn.`
  if (starts.length === 0)
    return <p className="muted">{`No dated attacks in this period.${notDrawn}`}</p>
  const byStart = new Map(series.attacks.map((a) => [a.start, a]))
  const rows = starts.map((start) => ({ ...(byStart.get(start) ?? EMPTY), start }))
  const attacks = frameOf(starts, Math.max(...rows.map((a) => a.attacks)), ATTACKS)
  const casualtyMax = Math.max(
    ...rows.flatMap((a) => [a.killed.low, a.killed.high ?? 0, a.injured.low, a.injured.high ?? 0]),
  )
  const casualties = frameOf(starts, casualtyMax, CASUALTIES)
  const killed = bandPaths(casualties, rows, 0, 'killed')
  const injured = bandPaths(casualties, rows, 1, 'injured')
  const total = rows.reduce((n, a) => n + a.attacks, 0)
  const peak = rows.reduce((best, a) => (a.attacks > best.attacks ? a : best), rows[0] ?? EMPTY)
  const range = `${bucketLabel(starts[0] ?? '', series.bucket)} to ${bucketLabel(starts.at(-1) ?? '', series.bucket)}`
  const title = `Attacks per ${series.bucket}, with killed and injured`
  return (
    <ChartFigure
      id="attacks-chart"
      title={title}
      height={HEIGHT}
      description={`${countText(total)} attacks from ${range}; most in ${bucketLabel(peak.start, series.bucket)}: ${countText(peak.attacks)}.${notDrawn} ${casualtyMax === 0 ? 'No casualties stated.' : `Killed and injured are drawn as bands from the least to the most the sources allow.`}`}
      caption={
        <>
          <Key colour={COLOURS.attacks}>attacks</Key>
          <Key colour={COLOURS.killed}>killed</Key>
          <Key colour={COLOURS.injured}>injured</Key> — bands run from the least to the most the
          sources allow, to the top where no source gives a ceiling; the thick line is the floor.
          {notDrawn}
        </>
      }
      table={{
        head: [series.bucket, 'attacks', 'killed', 'injured'],
        rows: rows
          .filter((a) => a.attacks > 0)
          .map((a) => ({
            label: bucketLabel(a.start, series.bucket),
            cells: [countText(a.attacks), bandText(a.killed), bandText(a.injured)],
          })),
      }}
    >
      <CountAxis frame={attacks} />
      <path
        d={barsPath(
          attacks,
          rows.map((a) => ({ start: a.start, value: a.attacks })),
        )}
        fill={COLOURS.attacks}
      />
      <CountAxis frame={casualties} />
      {casualtyMax === 0 ? (
        <text
          className="empty"
          x={(MARGIN.left + WIDTH - MARGIN.right) / 2}
          y={(CASUALTIES.top + CASUALTIES.bottom) / 2}
          textAnchor="middle"
        >
          no killed or injured stated
        </text>
      ) : null}
      <path d={killed.band} fill={COLOURS.killed} fillOpacity="0.35" />
      <path d={killed.floor} stroke={COLOURS.killed} strokeWidth="2" />
      <path d={injured.band} fill={COLOURS.injured} fillOpacity="0.35" />
      <path d={injured.floor} stroke={COLOURS.injured} strokeWidth="2" />
      <TimeAxis frame={casualties} bucket={series.bucket} y={HEIGHT - 8} />
    </ChartFigure>
  )
}
