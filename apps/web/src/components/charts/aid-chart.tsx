import type { StatsBucket } from '@sitrep/domain'
import { area } from 'd3-shape'
import type { AidPanel, AidPoint } from '../../lib/charts/aid-panels.ts'
import { bucketLabel } from '../../lib/charts/bucket-starts.ts'
import { type Frame, frameOf, HEIGHT, midOf, r } from '../../lib/charts/chart-frame.ts'
import { formatEurAmount } from '../../lib/format-quantity.ts'
import { CountAxis, TimeAxis } from './chart-axes.tsx'
import { ChartFigure, Key } from './chart-figure.tsx'

const COLOURS = { pledged: '#9db9d6', delivered: '#0b4f8a' } as const

const toDatePath = (frame: Frame, points: readonly AidPoint[], value: (p: AidPoint) => number) =>
  area<AidPoint>()
    .x((p) => midOf(frame, p.start))
    .y0(r(frame.y(0)))
    .y1((p) => r(frame.y(value(p))))(points) ?? ''

const eur = (n: number) => (n > 0 ? formatEurAmount(n) : '–')

/** One donor (or the smaller donors together): euros pledged and delivered to date. */
function AidPanelChart({
  panel,
  bucket,
  name,
}: {
  panel: AidPanel
  bucket: StatsBucket
  name: string
}) {
  const { points } = panel
  const frame = frameOf(
    points.map((p) => p.start),
    Math.max(panel.pledged, panel.delivered),
  )
  const first = points[0]?.start ?? ''
  const last = points.at(-1)?.start ?? ''
  return (
    <ChartFigure
      id={`aid-${panel.donorId ?? 'others'}`}
      title={`Aid from ${name}: euros pledged vs delivered to date, per ${bucket}`}
      description={`From ${bucketLabel(first, bucket)} to ${bucketLabel(last, bucket)}: at least ${eur(panel.pledged)} pledged and ${eur(panel.delivered)} delivered.`}
      caption={
        <>
          <Key colour={COLOURS.pledged}>pledged to date</Key>
          <Key colour={COLOURS.delivered}>delivered to date</Key> (least euro value stated; the axis
          is in euros)
        </>
      }
      table={{
        head: [bucket, 'pledged', 'delivered', 'pledged to date', 'delivered to date'],
        rows: points
          .filter((p) => p.pledged + p.delivered > 0)
          .map((p) => ({
            label: bucketLabel(p.start, bucket),
            cells: [eur(p.pledged), eur(p.delivered), eur(p.pledgedToDate), eur(p.deliveredToDate)],
          })),
      }}
    >
      <CountAxis frame={frame} />
      <path d={toDatePath(frame, points, (p) => p.pledgedToDate)} fill={COLOURS.pledged} />
      <path d={toDatePath(frame, points, (p) => p.deliveredToDate)} fill={COLOURS.delivered} />
      <TimeAxis frame={frame} bucket={bucket} y={HEIGHT - 6} />
    </ChartFigure>
  )
}

/** Aid over time, a panel per large donor and one for the rest, pledged beside delivered. */
export function AidCharts({
  panels,
  bucket,
  nameOf,
}: {
  panels: readonly AidPanel[]
  bucket: StatsBucket
  nameOf: (actorId: string) => string
}) {
  if (panels.length === 0)
    return <p className="muted">No pledged or delivered aid with a euro value in this period.</p>
  return (
    <div className="chart-grid">
      {panels.map((panel) => (
        <AidPanelChart
          key={panel.donorId ?? 'others'}
          panel={panel}
          bucket={bucket}
          name={panel.donorId === null ? 'other donors' : nameOf(panel.donorId)}
        />
      ))}
    </div>
  )
}
