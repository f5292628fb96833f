import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { stored } from '../testing/fixtures.ts'
import { followUpStatement } from '../testing/new-record.ts'
import { recordItem } from './record-summary.ts'
import { moveSelection, reopenedSelection, selectedIndex } from './selection.ts'

const rows = seedDataset.records.slice(0, 6).map((r) => recordItem(stored(r)))
const [a, b, c] = rows

describe('the selection', () => {
  it('follows its record when a refresh lists another record above it', () => {
    const selection = moveSelection(undefined, rows, 2)
    expect(selection).toEqual({ index: 2, id: c?.id })
    if (!a || !b) throw new Error('the seed has fewer rows')
    expect(selectedIndex(selection, [b, a, ...rows.slice(2)])).toBe(2)
    const written = recordItem(stored(followUpStatement()))
    expect(selectedIndex(selection, [written, ...rows])).toBe(3)
  })

  it('keeps its place, within the rows, when its record is gone', () => {
    const selection = { index: 4, id: 'deleted-meanwhile' }
    expect(selectedIndex(selection, rows)).toBe(4)
    expect(selectedIndex(selection, rows.slice(0, 3))).toBe(2)
    expect(selectedIndex(selection, [])).toBe(0)
  })

  it('moves from where its record is now, and stops at either end', () => {
    expect(moveSelection({ index: 0, id: c?.id }, rows, 1).index).toBe(3)
    expect(moveSelection(undefined, rows, 99).index).toBe(rows.length - 1)
    expect(moveSelection({ index: 3 }, rows, -99)).toEqual({ index: 0, id: a?.id })
  })
})

describe('reopenedSelection', () => {
  it('keeps a selection on the first page and drops a deeper one, whose rows are no longer loaded', () => {
    expect(reopenedSelection({ index: 12, id: 'talk-istanbul-2025-07' }, 200)).toEqual({
      index: 12,
      id: 'talk-istanbul-2025-07',
    })
    expect(reopenedSelection({ index: 450, id: 'st-air-defence-appeal-449' }, 200)).toBeUndefined()
  })
})
