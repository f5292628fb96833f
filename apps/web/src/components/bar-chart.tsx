export interface Bar {
  readonly label: string
  readonly value: number
  readonly display: string
}

/**
 * Horizontal bars as server-drawn SVG: no chart library in the browser, and the numbers are in
 * the markup for screen readers and for the table beside it.
 */
export function BarChart({ bars, title }: { bars: readonly Bar[]; title: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value))
  const row = 28
  const labelWidth = 220
  const width = 640
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${bars.length * row + 10}`}
        role="img"
        aria-label={title}
        style={{ width: '100%', maxWidth: `${width}px`, height: 'auto' }}
      >
        {bars.map((bar, i) => {
          const w = ((width - labelWidth - 110) * bar.value) / max
          return (
            <g key={bar.label} transform={`translate(0, ${i * row + 5})`}>
              <text x={labelWidth - 8} y={17} textAnchor="end" fontSize="13" fill="#1a1d21">
                {bar.label}
              </text>
              <rect x={labelWidth} y={4} width={Math.max(w, 1)} height={18} fill="#0b4f8a" />
              <text x={labelWidth + w + 6} y={17} fontSize="13" fill="#1a1d21">
                {bar.display}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  )
}
