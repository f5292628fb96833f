import type { EventMap as EventMapData } from '@sitrep/domain'
import { BLANK, fillOf } from '../lib/map/choropleth-ramp.ts'
import { shortPlaceName } from '../lib/map/oblast-ids.ts'
import { EVENT_MAP_HEIGHT, EVENT_MAP_WIDTH, projectEventMap } from '../lib/map/project-event-map.ts'

export type EventMapMode = 'bins' | 'oblasts'

export interface EventMapProps {
  readonly map: EventMapData
  readonly mode: EventMapMode
  /** What the map counts, singular: "attack". */
  readonly noun: string
  readonly placeName: (id: string) => string
  /** The filtered list of the events in a place. */
  readonly listHref: (placeId: string) => string
}

// Labels in the SVG's own units: 26 of 800 is 12.7 px when the map is 390 px wide.
const LABEL_SIZE = 26
const LABELS = 5

const plural = (n: number, noun: string) => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`

/** The largest bins' labels, each kept only if it overlaps none placed before it. */
const labelled = (
  bins: ReturnType<typeof projectEventMap>['bins'],
  text: (i: number) => string,
) => {
  const placed: { x: number; y: number; w: number }[] = []
  return bins.slice(0, 12).flatMap((b, i) => {
    if (placed.length >= LABELS) return []
    const w = text(i).length * LABEL_SIZE * 0.55
    const x = Math.min(Math.max(b.x - w / 2, 4), EVENT_MAP_WIDTH - w - 4)
    const y = b.y - b.r - 6 < LABEL_SIZE ? b.y + b.r + LABEL_SIZE : b.y - b.r - 6
    if (placed.some((p) => Math.abs(p.y - y) < LABEL_SIZE && x < p.x + p.w && p.x < x + w))
      return []
    placed.push({ x, y, w })
    return [{ key: `${b.bin.lat},${b.bin.lon}`, x, y, text: text(i) }]
  })
}

/**
 * Every matching event on Ukraine's oblasts and the places beyond them within the frame's reach: hexbins as circles whose area follows their count,
 * or the oblasts shaded by theirs. Each bin and oblast links to the list of its events.
 */
export function EventMap({ map, mode, noun, placeName, listHref }: EventMapProps) {
  const drawn = projectEventMap(map, { drawBins: mode === 'bins' })
  const mostInOblast = Math.max(1, ...drawn.oblasts.map((o) => o.count))
  const binName = (placeId: string | undefined) =>
    placeId ? shortPlaceName(placeName(placeId)) : ''
  const labels =
    mode === 'bins'
      ? labelled(drawn.bins, (i) => {
          const bin = drawn.bins[i]?.bin
          return bin ? `${binName(bin.placeId)} ${bin.count.toLocaleString('en')}` : ''
        })
      : []
  const shown = drawn.bins.reduce((n, b) => n + b.bin.count, 0)
  const title =
    mode === 'bins'
      ? `Map of ${plural(shown, noun)} in ${plural(drawn.bins.length, 'hexagon')} of ${map.radiusKm} km`
      : `Map of ${plural(map.total - map.unplaced, noun)} by oblast`
  return (
    <svg
      viewBox={`0 0 ${EVENT_MAP_WIDTH} ${EVENT_MAP_HEIGHT}`}
      // No role="img": its bins and oblasts are links, which an image may not hold (axe:
      // nested-interactive); the title names the drawing all the same.
      aria-labelledby="event-map-title"
      style={{ width: '100%', height: 'auto', background: '#e8eef4' }}
      data-testid="event-map"
      data-mode={mode}
    >
      <title id="event-map-title">{title}</title>
      <g fill="#f4f1ea" stroke="#9aa3ad" strokeWidth="0.6">
        {drawn.countries.map((c) => (
          <path key={c.name} d={c.d} />
        ))}
      </g>
      <g stroke="#7b8794" strokeWidth="0.7">
        {drawn.oblasts.map((o) => {
          const label = `${placeName(o.placeId)}: ${plural(o.count, noun)}`
          const shape = (
            <path
              key={o.placeId}
              d={o.d}
              fill={mode === 'oblasts' ? fillOf(o.count, mostInOblast) : BLANK}
            >
              <title>{label}</title>
            </path>
          )
          return mode === 'oblasts' && o.count > 0 ? (
            <a
              key={o.placeId}
              href={listHref(o.placeId)}
              aria-label={label}
              data-oblast={o.placeId}
            >
              {shape}
            </a>
          ) : (
            <g key={o.placeId}>{shape}</g>
          )
        })}
      </g>
      {mode === 'bins' ? (
        <g fill="#b3261e" fillOpacity="0.6" stroke="#7a1a14">
          {drawn.bins.map(({ bin, x, y, r }) => {
            const label = `${plural(bin.count, noun)}${bin.placeId ? ` near ${placeName(bin.placeId)}` : ''}`
            const dot = (
              <circle
                key={`${bin.lat},${bin.lon}`}
                cx={x.toFixed(1)}
                cy={y.toFixed(1)}
                r={r.toFixed(1)}
              >
                <title>{label}</title>
              </circle>
            )
            const key = `${bin.lat},${bin.lon}`
            return bin.placeId ? (
              <a key={key} href={listHref(bin.placeId)} aria-label={label} data-bin={bin.placeId}>
                {dot}
              </a>
            ) : (
              <g key={key}>{dot}</g>
            )
          })}
        </g>
      ) : null}
      {/* Labels are drawn over the bins but never take their clicks: on a wide frame a place's
          label can lie on a neighbour's circle, which must stay a link to its attacks. */}
      <g
        fontSize={LABEL_SIZE}
        fill="#1a1d21"
        stroke="#ffffff"
        strokeWidth="5"
        paintOrder="stroke"
        pointerEvents="none"
      >
        {labels.map((l) => (
          <text key={l.key} x={l.x.toFixed(1)} y={l.y.toFixed(1)}>
            {l.text}
          </text>
        ))}
      </g>
    </svg>
  )
}
