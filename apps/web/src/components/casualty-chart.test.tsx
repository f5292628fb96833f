import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { AttackMap } from './attack-map.tsx'

describe('server-drawn SVG titles', () => {
  it('renders the map’s title text on the server', () => {
    expect(renderToString(<AttackMap markers={[]} />)).toContain(
      '<title id="map-title">Map of places hit: none</title>',
    )
  })
})
