import type { ReactNode } from 'react'
import { HEIGHT, WIDTH } from '../../lib/charts/chart-frame.ts'
import { type DataTable, tableHtml } from '../../lib/charts/table-html.ts'

interface Props {
  /** Unique on the page: the SVG's title and description are referenced by it. */
  readonly id: string
  /** One string, never several text children: React renders those empty on the server (#418). */
  readonly title: string
  /** What the chart shows, in a sentence a screen reader can stand on: totals, peak, range. */
  readonly description: string
  readonly height?: number
  /** The legend, read under the chart. */
  readonly caption: ReactNode
  /** The data-table alternative, folded under the chart. */
  readonly table: DataTable
  readonly children: ReactNode
}

/**
 * A server-drawn SVG chart with its accessible name and description, a legend and the same
 * figures as a table: a chart is one way to read a series, never the only one.
 */
export function ChartFigure({
  id,
  title,
  description,
  height = HEIGHT,
  caption,
  table,
  children,
}: Props) {
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {children}
      </svg>
      <figcaption>
        <strong>{title}</strong>
        <br />
        {caption}
      </figcaption>
      <details>
        <summary>Table of these figures</summary>
        <div
          className="table-wrap"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: tableHtml escapes every text
          dangerouslySetInnerHTML={{ __html: tableHtml(table) }}
        />
      </details>
    </figure>
  )
}

/** A legend entry: a swatch in the series' colour, then its name. */
export function Key({
  colour,
  children,
  line,
}: {
  colour: string
  children: ReactNode
  line?: boolean
}) {
  return (
    <span className="key">
      <span className={line ? 'swatch line' : 'swatch'} style={{ background: colour }} />
      {children}
    </span>
  )
}
