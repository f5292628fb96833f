import type { Attack } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { matchRecord } from './merge.ts'
import { timeSignal } from './merge-time.ts'

const wave = seedDataset.records.find((r): r is Attack => r.kind === 'attack')
if (!wave) throw new Error('the seed holds an attack')
/** The seed night as another outlet's report that names no day tells it. */
const undated: Attack = {
  ...wave,
  id: 'attack-undated',
  claims: wave.claims
    .filter((c) => c.fact !== 'date')
    .map(({ span: _, ...c }) => ({ ...c, sourceId: 'src-other' })),
}

describe('a held record no source dates, placed by the day its source appeared', () => {
  it('fits a dated draft as an undated draft fits a dated record', () => {
    // The seed night ends on the morning of 21 July: that day's news.
    expect(timeSignal(wave, undated, undefined, '2025-07-21')).toEqual({
      weight: 0.2,
      reason: 'published on 2025-07-21, within a day of 2025-07-20 to 2025-07-21',
    })
    expect(timeSignal(wave, undated, undefined, '2025-07-22')?.valueOf()).toMatchObject({
      weight: 0.1,
    })
    expect(timeSignal(wave, undated, undefined, '2025-07-25')).toBeUndefined()
    expect(timeSignal(wave, undated)).toBeUndefined()
  })

  it('places two undated reports by their days: the same day, the next, not at all, or apart', () => {
    expect(timeSignal(undated, undated, '2025-07-21', '2025-07-21')).toEqual({
      weight: 0.15,
      reason: 'both undated, both published on 2025-07-21',
    })
    expect(timeSignal(undated, undated, '2025-07-22', '2025-07-21')).toMatchObject({ weight: 0.1 })
    expect(timeSignal(undated, undated, '2025-07-21', '2025-07-28')).toBeUndefined()
    // News of one event is written within days: reports weeks apart are mostly of two.
    expect(timeSignal(undated, undated, '2025-05-16', '2025-07-23')).toEqual({
      weight: -0.15,
      reason: 'both undated, published weeks apart (2025-05-16 and 2025-07-23)',
    })
    // Months apart, a donor's May and January packages of one round sum are two.
    expect(timeSignal(undated, undated, '2024-05-29', '2025-01-30')).toEqual({
      weight: -0.3,
      reason: 'both undated, published months apart (2024-05-29 and 2025-01-30)',
    })
    expect(timeSignal(undated, undated, '2025-07-21')).toBeUndefined()
  })

  it('reads the day from `reportedOn` by the held record’s id', () => {
    const without = matchRecord(wave, undated)
    const placed = matchRecord(wave, undated, { reportedOn: { 'attack-undated': '2025-07-21' } })
    expect((placed?.score ?? 0) - (without?.score ?? 0)).toBeCloseTo(0.2, 5)
    expect(placed?.reasons).toContain(
      'published on 2025-07-21, within a day of 2025-07-20 to 2025-07-21',
    )
  })
})

describe('an undated report published long before the other’s day', () => {
  it('is the news of something else months ahead, not days', () => {
    // The seed night ends on 21 July 2025; an undated report of 27 March cannot be its news.
    expect(timeSignal(wave, undated, undefined, '2025-03-27')).toEqual({
      weight: -0.3,
      reason: 'published on 2025-03-27, months before 2025-07-20',
    })
    expect(timeSignal(undated, wave, '2025-03-27')).toMatchObject({ weight: -0.3 })
    // An announcement told ahead of time is told days or weeks before: nothing either way.
    expect(timeSignal(wave, undated, undefined, '2025-07-01')).toBeUndefined()
  })
})

describe('an undated report of the day against a morning told by the other', () => {
  const attackOf = (text: string, source: string): Attack => {
    const found = extract(text, { publishedAt: '2024-12-25', source: { id: source } }).find(
      (d) => d.record.kind === 'attack',
    )?.record
    if (found?.kind !== 'attack') throw new Error(`no attack in ${text}`)
    return found
  }

  it('is that morning’s news as it is the night’s', () => {
    const morning = attackOf(
      'Ballistic missiles struck Kharkiv on Wednesday morning, the mayor said.',
      'src-morning',
    )
    const undated = attackOf(
      'Russia fired more than 70 missiles and 100 drones at Ukraine, hitting Kharkiv.',
      'src-undated',
    )
    expect(timeSignal(undated, morning, '2024-12-25')).toMatchObject({ weight: 0.2 })
    const evening = attackOf('Drones struck Kharkiv on Wednesday evening.', 'src-evening')
    expect(timeSignal(undated, evening, '2024-12-25')).toMatchObject({ weight: 0.15 })
  })
})
