import type { StatsBucket } from '@sitrep/domain'
import { tickLabel } from '../../lib/charts/bucket-starts.ts'
import { axisNumber, type Frame, MARGIN, midOf, r, WIDTH } from '../../lib/charts/chart-frame.ts'

/** Count gridlines across the plot, labelled on the left. */
export function CountAxis({ frame }: { frame: Frame }) {
  const ticks = frame.y.ticks(3)
  return (
    <g className="axis">
      <path
        d={ticks.map((t) => `M${MARGIN.left} ${r(frame.y(t))}H${WIDTH - MARGIN.right}`).join('')}
      />
      {ticks.map((t) => (
        <text key={t} x={MARGIN.left - 4} y={r(frame.y(t)) + 4} textAnchor="end">
          {axisNumber(t)}
        </text>
      ))}
    </g>
  )
}

/** 0, 50 and 100% on the right, for a rate drawn over counts. */
export function RateAxis({ top, bottom }: { top: number; bottom: number }) {
  return (
    <g className="axis">
      {[0, 0.5, 1].map((t) => (
        <text key={t} x={WIDTH - MARGIN.right + 4} y={r(bottom - (bottom - top) * t) + 4}>
          {t * 100}%
        </text>
      ))}
    </g>
  )
}

/** About five bucket labels under the plot. */
export function TimeAxis({ frame, bucket, y }: { frame: Frame; bucket: StatsBucket; y: number }) {
  return (
    <g className="axis">
      {frame.ticks.map((start) => (
        <text key={start} x={midOf(frame, start)} y={y} textAnchor="middle">
          {tickLabel(start, bucket)}
        </text>
      ))}
    </g>
  )
}
