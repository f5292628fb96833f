import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { AttackMap } from './attack-map.tsx'
import { CasualtyChart } from './casualty-chart.tsx'

describe('server-drawn SVG titles', () => {
  it('renders the casualty chart’s title text on the server, as the client will (no #418)', () => {
    const html = renderToString(
      <CasualtyChart
        days={[
          {
            day: '2025-07-21',
            attacks: 1,
            killed: { low: 2, high: 2 },
            injured: { low: 15, high: null },
          },
        ]}
      />,
    )
    expect(html).toContain(
      '<title id="casualty-title">Casualties per day: 2025-07-21 killed 2, injured at least 15</title>',
    )
  })

  it('renders the map’s title text on the server', () => {
    expect(renderToString(<AttackMap markers={[]} />)).toContain(
      '<title id="map-title">Map of places hit: none</title>',
    )
  })
})
