import type { Stats, StatsSeries } from '@sitrep/domain'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { bucketStarts } from '../../lib/charts/bucket-starts.ts'
import { OverviewCharts } from './overview-charts.tsx'

const band = (n: number) => ({ low: n, high: n })

/** Four years by month, every class launched each month, one donor pledging and delivering. */
const fourYears = (): StatsSeries => {
  const months = Array.from(
    { length: 48 },
    (_, i) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
  )
  const classes = ['drone', 'cruise-missile', 'ballistic-missile', 'glide-bomb'] as const
  return {
    bucket: 'month',
    attacks: months.map((start, i) => ({
      start,
      attacks: 50 + i,
      killed: band(i % 3),
      injured: { low: i, high: null },
    })),
    airWar: months.flatMap((start, i) =>
      classes.map((weaponClass) => ({
        start,
        attackerId: 'russia',
        weaponClass,
        launched: 1_000 + i,
        intercepted: 800 + i,
        interceptionRate: (800 + i) / (1_000 + i),
        sevenDays: { launched: 40.5, intercepted: 33.25, interceptionRate: 0.82 },
      })),
    ),
    aid: months.map((start) => ({
      start,
      donorId: 'germany',
      requested: { records: 0, eurAtLeast: 0 },
      pledged: { records: 1, eurAtLeast: 2e8 },
      delivered: { records: 1, eurAtLeast: 1e8 },
    })),
  }
}

const render = (series: StatsSeries, undated = 0) => {
  const none = { low: 0, high: 0 }
  const undatedAttacks = { attacks: undated, killed: none, injured: none }
  const stats = { series, undatedAttacks } as Pick<Stats, 'series' | 'undatedAttacks'> as Stats
  return renderToString(
    <OverviewCharts
      readable={{ stats, starts: bucketStarts(series) }}
      nameOf={(id) => ({ russia: 'Russia', germany: 'Germany' })[id] ?? id}
    />,
  )
}

describe('the overview charts', () => {
  const html = render(fourYears())

  it('names every chart with a non-empty title and a description', () => {
    const svgs = html.match(/<svg[^>]*>/g) ?? []
    expect(svgs).toHaveLength(1 + 4 + 1)
    expect(html).not.toMatch(/<title[^>]*><\/title>/)
    expect(html).not.toMatch(/<desc[^>]*><\/desc>/)
    expect(html).toContain('Drones launched by Russia vs intercepted, per month')
    expect(html).toContain('49,128 launched, 39,528 intercepted (80%)')
  })

  it('gives each chart its figures as a table', () => {
    expect(html.match(/<details>/g)).toHaveLength(6)
    expect(html).toContain('<th scope="row">Jul 2025</th>')
  })

  it('draws four years of months in a few tens of kilobytes', () => {
    expect(html.length).toBeLessThan(90_000)
  })

  it('says when a period has nothing to draw', () => {
    const empty = render({ bucket: 'day', attacks: [], airWar: [], aid: [] })
    expect(empty).toContain('No dated attacks in this period.')
    expect(empty).toContain('No launches counted in this period.')
  })

  it('says how many attacks have no known day and are not drawn', () => {
    expect(render(fourYears(), 4)).toContain('4 more attacks have no known day and are not drawn.')
    expect(render(fourYears(), 1)).toContain('1 more attack has no known day and is not drawn.')
    expect(render(fourYears())).not.toContain('no known day')
    expect(render({ bucket: 'day', attacks: [], airWar: [], aid: [] }, 2)).toContain(
      'No dated attacks in this period. 2 more attacks have no known day',
    )
  })
})
