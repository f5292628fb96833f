import type { EventMap as EventMapData } from '@sitrep/domain'
import Link from 'next/link'
import { rampSteps } from '../lib/map/choropleth-ramp.ts'
import { eventsBeyondReach } from '../lib/map/map-frame.ts'
import { shortPlaceName } from '../lib/map/oblast-ids.ts'
import { hrefWith } from '../lib/query-params.ts'
import { EventMap, type EventMapMode } from './event-map.tsx'

export interface EventMapPanelProps {
  readonly map: EventMapData
  readonly mode: EventMapMode
  /** The list page the map sits on, and its URL's parameters: every link keeps them. */
  readonly path: string
  readonly params: Readonly<Record<string, string>>
  readonly noun: string
  readonly placeName: (id: string) => string
}

const FIRST_YEAR = 2022

/** The years a reader can jump to: the full-scale invasion's first to this one. */
const years = (): number[] =>
  Array.from({ length: new Date().getUTCFullYear() - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i)

/**
 * The map of every event the page's filters match, with its controls as links (hexbins or
 * oblasts, coarser or finer, a year or all time: each one a URL), and the oblast counts as a
 * table for readers who do not see the map.
 */
export function EventMapPanel({ map, mode, path, params, noun, placeName }: EventMapPanelProps) {
  const { cursor: _cursor, ...kept } = params
  const href = (changes: Record<string, string | undefined>) =>
    hrefWith(path, { ...kept, ...changes })
  const listHref = (placeId: string) => href({ placeId, map: undefined, zoom: undefined })
  const zoom = map.zoom
  const current = (from?: string, to?: string) => params.from === from && params.to === to
  const beyond = mode === 'bins' ? eventsBeyondReach(map.bins) : 0
  return (
    <figure className="event-map" aria-labelledby="event-map-heading">
      <h2 id="event-map-heading">
        Where: {map.total.toLocaleString('en')} {noun}
        {map.total === 1 ? '' : 's'}
      </h2>
      <nav className="map-controls" aria-label="Map view">
        <span>
          <Link href={href({ map: undefined })} aria-current={mode === 'bins' ? 'true' : undefined}>
            Hexbins
          </Link>{' '}
          ·{' '}
          <Link
            href={href({ map: 'oblasts' })}
            aria-current={mode === 'oblasts' ? 'true' : undefined}
          >
            Oblasts
          </Link>
        </span>
        {mode === 'bins' ? (
          <span>
            {zoom > 0 ? <Link href={href({ zoom: String(zoom - 1) })}>Coarser</Link> : 'Coarser'} ·{' '}
            {zoom < 3 ? <Link href={href({ zoom: String(zoom + 1) })}>Finer</Link> : 'Finer'} (
            {map.radiusKm} km)
          </span>
        ) : null}
        <span>
          <Link
            href={href({ from: undefined, to: undefined })}
            aria-current={current(undefined, undefined) ? 'true' : undefined}
          >
            All time
          </Link>
          {years().map((year) => (
            <span key={year}>
              {' '}
              ·{' '}
              <Link
                href={href({ from: `${year}-01-01`, to: `${year}-12-31` })}
                aria-current={current(`${year}-01-01`, `${year}-12-31`) ? 'true' : undefined}
              >
                {year}
              </Link>
            </span>
          ))}
        </span>
      </nav>
      <EventMap map={map} mode={mode} noun={noun} placeName={placeName} listHref={listHref} />
      {mode === 'oblasts' ? (
        <ul className="map-legend" aria-label={`${noun}s per oblast, by shade`}>
          {rampSteps(Math.max(1, ...map.regions.map((r) => r.count))).map((s) => (
            <li key={s.color}>
              <span className="swatch" style={{ background: s.color }} />
              {s.low === s.high
                ? s.low.toLocaleString('en')
                : `${s.low.toLocaleString('en')}–${s.high.toLocaleString('en')}`}
            </li>
          ))}
        </ul>
      ) : null}
      <figcaption>
        {mode === 'bins'
          ? `Each circle gathers the ${noun}s within a ${map.radiusKm} km hexagon; its area follows their count. `
          : `Each oblast is shaded by its number of ${noun}s. `}
        Points are the most precise the sources give: CIR coordinates, ACLED points, else the
        settlement or oblast named.
        {map.unplaced > 0
          ? ` ${map.unplaced.toLocaleString('en')} known only at country level are not drawn.`
          : ''}
        {beyond > 0
          ? ` ${beyond.toLocaleString('en')} beyond the frame's reach (Ukraine and western Russia) are not drawn.`
          : ''}{' '}
        Outlines: Natural Earth.
      </figcaption>
      <details>
        <summary>
          {noun[0]?.toUpperCase()}
          {noun.slice(1)}s per oblast
        </summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Oblast</th>
              <th scope="col" className="num">
                {noun[0]?.toUpperCase()}
                {noun.slice(1)}s
              </th>
            </tr>
          </thead>
          <tbody>
            {map.regions.map((r) => (
              <tr key={r.placeId}>
                <td>
                  <Link href={listHref(r.placeId)}>{shortPlaceName(placeName(r.placeId))}</Link>
                </td>
                <td className="num">{r.count.toLocaleString('en')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
