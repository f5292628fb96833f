import { seedDataset } from '@sitrep/domain/seed'
import { render } from 'ink-testing-library'
import { describe, expect, it } from 'vitest'
import { recordItem } from '../lib/record-summary.ts'
import { plain, stored } from '../testing/fixtures.ts'
import { RecordList, windowStart } from './record-list.tsx'

const talks = seedDataset.records.filter((r) => r.kind === 'talk').map((r) => recordItem(stored(r)))
const everything = seedDataset.records.map((r) => recordItem(stored(r)))

describe('RecordList', () => {
  it('lists the three Istanbul rounds with their dates, the disputed July date marked with "?"', () => {
    const frame = plain(
      render(
        <RecordList items={talks} selected={0} height={10} width={70} fresh={new Set()} />,
      ).lastFrame(),
    )
    const lines = frame.split('\n')
    expect(lines[0]).toContain('2025-05-01')
    expect(lines[0]).toContain('First round')
    expect(lines[2]).toContain('2025-07-23?')
    expect(lines[2]).toContain('Third round')
  })

  it('marks records written since the dashboard opened with "+"', () => {
    const frame = plain(
      render(
        <RecordList
          items={talks}
          selected={0}
          height={10}
          width={70}
          fresh={new Set(['talk-istanbul-2025-07'])}
        />,
      ).lastFrame(),
    )
    expect(frame.split('\n')[2]).toMatch(/^\+2025-07-23\?/)
    expect(frame.split('\n')[0]).toMatch(/^ 2025-05-01/)
  })

  it('scrolls so the selected row stays in view on a short pane', () => {
    expect(everything.length).toBeGreaterThan(8)
    const last = everything.length - 1
    const frame = plain(
      render(
        <RecordList
          items={everything}
          selected={last}
          height={5}
          width={80}
          fresh={new Set()}
          showKind
        />,
      ).lastFrame(),
    )
    expect(frame.split('\n')).toHaveLength(5)
    expect(frame).toContain(
      everything[last]?.type === 'record' ? everything[last].stored.record.title.slice(0, 20) : '',
    )
    expect(windowStart(0, 30, 5)).toBe(0)
    expect(windowStart(29, 30, 5)).toBe(25)
  })
})
