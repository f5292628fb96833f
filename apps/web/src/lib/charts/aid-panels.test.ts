import type { StatsSeries } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { aidPanels, DRAWN_DONORS } from './aid-panels.ts'

type Row = StatsSeries['aid'][number]

const tally = (eurAtLeast: number) => ({ records: eurAtLeast ? 1 : 0, eurAtLeast })
const row = (start: string, donorId: string, pledged: number, delivered: number): Row => ({
  start,
  donorId,
  requested: tally(0),
  pledged: tally(pledged),
  delivered: tally(delivered),
})

const starts = ['2025-06-01', '2025-07-01', '2025-08-01']

describe('aidPanels', () => {
  it('sums pledged and delivered euros to date, bucket by bucket', () => {
    const [germany] = aidPanels(
      [row('2025-06-01', 'germany', 1_000, 0), row('2025-08-01', 'germany', 500, 800)],
      starts,
    )
    expect(germany?.points.map((p) => [p.pledgedToDate, p.deliveredToDate])).toEqual([
      [1_000, 0],
      [1_000, 0],
      [1_500, 800],
    ])
  })

  it('leaves out a donor that only asked or was asked', () => {
    const requested: Row = { ...row('2025-07-01', 'ukraine', 0, 0), requested: tally(5e9) }
    expect(aidPanels([requested], starts)).toEqual([])
  })

  it('draws the largest donors apart and sums the rest as one panel', () => {
    const donors = Array.from({ length: DRAWN_DONORS + 3 }, (_, i) =>
      row('2025-07-01', `donor-${i}`, 100 * (i + 1), 0),
    )
    const panels = aidPanels(donors, starts)
    expect(panels).toHaveLength(DRAWN_DONORS + 1)
    expect(panels[0]?.donorId).toBe(`donor-${DRAWN_DONORS + 2}`)
    expect(panels.at(-1)).toMatchObject({ donorId: null, pledged: 100 + 200 + 300 })
  })
})
