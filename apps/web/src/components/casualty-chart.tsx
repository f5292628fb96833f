import type { Stats } from '@sitrep/domain'

type CasualtyDay = Stats['attacksByDay'][number]
type Band = CasualtyDay['killed']

const W = 640
const H = 240
const PAD = { left: 40, right: 12, top: 16, bottom: 40 }

const boundsLabel = (b: Band) =>
  b.high === null ? `at least ${b.low}` : b.low === b.high ? `${b.low}` : `${b.low}–${b.high}`

/**
 * One string: React renders an SVG title of several text children empty on the server and
 * filled on the client, a hydration error (#418).
 */
const titleOf = (days: readonly CasualtyDay[]) =>
  `Casualties per day: ${days
    .map((d) => `${d.day} killed ${boundsLabel(d.killed)}, injured ${boundsLabel(d.injured)}`)
    .join('; ')}`

/**
 * Killed and injured per day as low–high bands, never a single line: an open upper bound runs to
 * the top of the chart and is labelled "at least".
 */
export function CasualtyChart({ days }: { days: readonly CasualtyDay[] }) {
  if (days.length === 0) return <p className="muted">No dated attacks in this period.</p>
  const finite = days.flatMap((d) => [d.killed, d.injured]).flatMap((b) => [b.low, b.high ?? 0])
  const max = Math.max(1, ...finite) * 1.2
  const y = (v: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - Math.min(v, max) / max)
  const slot = (W - PAD.left - PAD.right) / days.length
  const band = Math.min(28, slot / 3)
  const series = [
    ['killed', '#7a1a14'],
    ['injured', '#c26a00'],
  ] as const
  return (
    <figure>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="casualty-title"
        style={{ width: '100%', maxWidth: `${W}px`, height: 'auto' }}
      >
        <title id="casualty-title">{titleOf(days)}</title>
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#4a5361" />
        <text x={PAD.left - 6} y={y(0) + 4} fontSize="11" textAnchor="end" fill="#4a5361">
          0
        </text>
        <text x={PAD.left - 6} y={y(max / 1.2) + 4} fontSize="11" textAnchor="end" fill="#4a5361">
          {Math.round(max / 1.2)}
        </text>
        {days.map((d, i) => {
          const cx = PAD.left + slot * (i + 0.5)
          return (
            <g key={d.day}>
              {series.map(([name, colour], s) => {
                const b = d[name]
                const x = cx + (s === 0 ? -band - 2 : 2)
                const top = y(b.high ?? Number.POSITIVE_INFINITY)
                const bottom = y(b.low)
                return (
                  <g key={name}>
                    <rect
                      x={x}
                      y={top}
                      width={band}
                      height={Math.max(bottom - top, 2)}
                      fill={colour}
                      fillOpacity="0.35"
                      stroke={colour}
                    />
                    <line
                      x1={x}
                      x2={x + band}
                      y1={bottom}
                      y2={bottom}
                      stroke={colour}
                      strokeWidth="3"
                    />
                    <text
                      x={x + band / 2}
                      y={top - 3}
                      fontSize="11"
                      textAnchor="middle"
                      fill="#1a1d21"
                    >
                      {boundsLabel(b)}
                    </text>
                  </g>
                )
              })}
              <text x={cx} y={H - PAD.bottom + 16} fontSize="11" textAnchor="middle" fill="#1a1d21">
                {d.day}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>
        Per day: killed (dark) and injured (amber) as bands from the lowest to the highest count the
        sources allow; the thick line is the floor.
      </figcaption>
    </figure>
  )
}
