import type { Attack, FuzzyDate } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const dateOf = (text: string, publishedAt: string): FuzzyDate[] => {
  const found = extract(text, { publishedAt, source: { id: 's' } }).find(
    (d) => d.record.kind === 'attack',
  )?.record as Attack | undefined
  return found?.claims.flatMap((c) => (c.fact === 'date' ? [c.value] : [])) ?? []
}

describe('a wire dateline dates the report, not the attack', () => {
  it('gives "on Thursday night" its night, not the dateline’s day', () => {
    const [date] = dateOf(
      'LVIV, March 7 (Wire) - Russian drones hit Lviv on Thursday night, injuring two people, the mayor said.',
      '2025-03-07',
    )
    expect(date).toMatchObject({ start: '2025-03-06', end: '2025-03-07', precision: 'night' })
  })

  it('gives an attack told with no day of its own no date from the dateline', () => {
    expect(
      dateOf(
        'ODESA, Nov 3 (Wire) - Russian missiles struck Odesa port, killing one worker, the governor said.',
        '2025-11-03',
      ),
    ).toEqual([])
  })

  it('still dates an attack by a day the text gives after the dateline', () => {
    const [date] = dateOf(
      'KHARKIV, May 12 (Wire) - A Russian glide bomb hit Kharkiv on Sunday, wounding five people.',
      '2025-05-12',
    )
    expect(date).toMatchObject({ start: '2025-05-11', precision: 'day' })
  })
})
