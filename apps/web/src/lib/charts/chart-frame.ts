import { type ScaleBand, type ScaleLinear, scaleBand, scaleLinear } from 'd3-scale'

/**
 * Every chart is drawn in 360 × 180 units: a phone's column shows it at about its own size, so
 * 11-unit text stays ~11 px at 390 px, and wider screens set several side by side.
 */
export const WIDTH = 360
export const HEIGHT = 180
export const MARGIN = { top: 10, right: 34, bottom: 22, left: 40 } as const

export interface Frame {
  readonly x: ScaleBand<string>
  readonly y: ScaleLinear<number, number>
  /** The buckets labelled on the axis: about five, evenly spread. */
  readonly ticks: readonly string[]
}

/** Coordinates to a tenth of a unit: a bar's markup is its largest part, and no eye sees less. */
export const r = (n: number): number => Math.round(n * 10) / 10

/** A time axis over the buckets and a count axis from zero to a round value above `max`. */
export const frameOf = (
  starts: readonly string[],
  max: number,
  plot: { top: number; bottom: number } = { top: MARGIN.top, bottom: HEIGHT - MARGIN.bottom },
): Frame => {
  const x = scaleBand<string>()
    .domain(starts)
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .paddingInner(starts.length > 60 ? 0 : 0.2)
  const y = scaleLinear()
    .domain([0, Math.max(1, max)])
    .range([plot.bottom, plot.top])
    .nice(4)
  const every = Math.max(1, Math.ceil(starts.length / 5))
  return { x, y, ticks: starts.filter((_, i) => i % every === 0) }
}

/**
 * Bars as one path (`M x y h w V base h -w z` each) rather than a `<rect>` apiece: the page sends
 * its markup twice (HTML and the server components' payload), and a path costs a third as much.
 */
export const barsPath = (
  frame: Frame,
  bars: readonly { start: string; value: number }[],
  inset = 0,
): string => {
  const base = r(frame.y(0))
  const width = Math.max(0.4, frame.x.bandwidth() - 2 * inset)
  return bars
    .filter((b) => b.value > 0)
    .map((b) => {
      const left = (frame.x(b.start) ?? 0) + inset
      return `M${r(left)} ${r(frame.y(b.value))}h${r(width)}V${base}h${r(-width)}z`
    })
    .join('')
}

/** The x of a bucket's middle, where lines pass. */
export const midOf = (frame: Frame, start: string): number =>
  r((frame.x(start) ?? 0) + frame.x.bandwidth() / 2)

const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 })

/** An axis value: "0", "250", "1.5K". */
export const axisNumber = (n: number): string => compact.format(n)

/** A whole count with thousands separated: "12,345". */
export const countText = (n: number): string => Math.round(n).toLocaleString('en-GB')

/** A share as a percentage, or a dash when there is nothing to share. */
export const percentText = (rate: number | null): string =>
  rate === null ? '–' : `${Math.round(rate * 100)}%`
