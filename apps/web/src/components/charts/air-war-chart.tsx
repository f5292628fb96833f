import type { StatsBucket } from '@sitrep/domain'
import { line } from 'd3-shape'
import { type AirWarPanel, type AirWarPoint, classLabels } from '../../lib/charts/air-war-panels.ts'
import { bucketLabel } from '../../lib/charts/bucket-starts.ts'
import {
  barsPath,
  countText,
  frameOf,
  HEIGHT,
  MARGIN,
  midOf,
  percentText,
  r,
} from '../../lib/charts/chart-frame.ts'
import { CountAxis, RateAxis, TimeAxis } from './chart-axes.tsx'
import { ChartFigure, Key } from './chart-figure.tsx'

const COLOURS = {
  launched: '#9db9d6',
  intercepted: '#0b4f8a',
  rate: '#1f7a3a',
  sevenDays: '#6b2f8f',
} as const
const PLOT = { top: MARGIN.top, bottom: HEIGHT - MARGIN.bottom }

/** A rate on the right axis; sources sometimes count more down than launched, drawn at 100%. */
const rateY = (rate: number) => r(PLOT.bottom - (PLOT.bottom - PLOT.top) * Math.min(rate, 1))

const ratePath = (
  points: readonly AirWarPoint[],
  x: (p: AirWarPoint) => number,
  rate: (p: AirWarPoint) => number | null,
) =>
  line<AirWarPoint>()
    .defined((p) => rate(p) !== null)
    .x(x)
    .y((p) => rateY(rate(p) ?? 0))(points) ?? ''

const decimal = (n: number) => (n >= 10 ? countText(n) : n.toFixed(1))

/** One weapon class of one attacker: launched and intercepted bars, the rate and its 7-day average. */
function AirWarPanelChart({
  panel,
  bucket,
  attackerName,
}: {
  panel: AirWarPanel
  bucket: StatsBucket
  attackerName: string
}) {
  const { points } = panel
  const starts = points.map((p) => p.start)
  const frame = frameOf(starts, Math.max(...points.map((p) => p.launched)))
  const x = (p: AirWarPoint) => midOf(frame, p.start)
  const inset = frame.x.bandwidth() > 3 ? frame.x.bandwidth() / 5 : 0
  const what = classLabels[panel.weaponClass]
  const peak = points.reduce((best, p) => (p.launched > best.launched ? p : best))
  const launchedPoints = points.filter((p) => p.launched > 0 || p.intercepted > 0)
  const id = `air-${panel.attackerId}-${panel.weaponClass}`
  return (
    <ChartFigure
      id={id}
      title={`${what} launched by ${attackerName} vs intercepted, per ${bucket}`}
      description={`${countText(panel.launched)} launched, ${countText(panel.intercepted)} intercepted (${percentText(panel.intercepted / panel.launched)}) from ${bucketLabel(starts[0] ?? '', bucket)} to ${bucketLabel(starts.at(-1) ?? '', bucket)}; most in ${bucketLabel(peak.start, bucket)}: ${countText(peak.launched)} launched, ${countText(peak.intercepted)} intercepted.`}
      caption={
        <>
          <Key colour={COLOURS.launched}>launched</Key>
          <Key colour={COLOURS.intercepted}>intercepted</Key>
          <Key colour={COLOURS.rate} line>
            interception rate
          </Key>
          <Key colour={COLOURS.sevenDays} line>
            7-day average rate
          </Key>
        </>
      }
      table={{
        head: [
          bucket,
          'launched',
          'intercepted',
          'rate',
          '7-day average a day: launched',
          'intercepted',
          'rate',
        ],
        rows: launchedPoints.map((p) => ({
          label: bucketLabel(p.start, bucket),
          cells: [
            countText(p.launched),
            countText(p.intercepted),
            percentText(p.rate),
            decimal(p.sevenDays.launched),
            decimal(p.sevenDays.intercepted),
            percentText(p.sevenDays.rate),
          ],
        })),
      }}
    >
      <CountAxis frame={frame} />
      <RateAxis {...PLOT} />
      <path
        d={barsPath(
          frame,
          points.map((p) => ({ start: p.start, value: p.launched })),
        )}
        fill={COLOURS.launched}
      />
      <path
        d={barsPath(
          frame,
          points.map((p) => ({ start: p.start, value: Math.min(p.intercepted, p.launched) })),
          inset,
        )}
        fill={COLOURS.intercepted}
      />
      <path
        d={ratePath(points, x, (p) => p.rate)}
        fill="none"
        stroke={COLOURS.rate}
        strokeWidth="1.5"
      />
      <path
        d={ratePath(points, x, (p) => p.sevenDays.rate)}
        fill="none"
        stroke={COLOURS.sevenDays}
        strokeWidth="1.5"
        strokeDasharray="3 2"
      />
      <TimeAxis frame={frame} bucket={bucket} y={HEIGHT - 6} />
    </ChartFigure>
  )
}

/** Small multiples of the air war, one per attacker and weapon class, on a shared time axis. */
export function AirWarCharts({
  panels,
  bucket,
  nameOf,
}: {
  panels: readonly AirWarPanel[]
  bucket: StatsBucket
  nameOf: (actorId: string) => string
}) {
  if (panels.length === 0) return <p className="muted">No launches counted in this period.</p>
  return (
    <div className="chart-grid">
      {panels.map((panel) => (
        <AirWarPanelChart
          key={`${panel.attackerId}-${panel.weaponClass}`}
          panel={panel}
          bucket={bucket}
          attackerName={nameOf(panel.attackerId)}
        />
      ))}
    </div>
  )
}
