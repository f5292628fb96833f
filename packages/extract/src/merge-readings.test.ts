import type { ResolvedDate } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { dayPart, readingsOf, toldLate } from './merge-readings.ts'

const partOfDay = (raw: string): ResolvedDate => ({
  resolved: true,
  start: '2025-07-21',
  end: '2025-07-21',
  precision: 'part-of-day',
  raw,
})

describe('dayPart', () => {
  const cases: { quote: string; raw: string; expected?: string }[] = [
    {
      quote: 'In the early hours of July 21, Russia struck Kyiv.',
      raw: 'July 21',
      expected: 'morning',
    },
    { quote: 'Explosions were heard early on Monday in Kyiv.', raw: 'Monday', expected: 'morning' },
    { quote: 'Kyiv was struck on Monday morning.', raw: 'Monday morning', expected: 'morning' },
    { quote: 'Drones struck Odesa late on Sunday.', raw: 'Sunday', expected: 'evening' },
    { quote: 'Sirens sounded on Sunday evening.', raw: 'Sunday evening', expected: 'evening' },
    { quote: 'Kyiv was struck on July 21.', raw: 'July 21', expected: undefined },
  ]
  it.each(cases)('$quote', ({ quote, raw, expected }) => {
    expect(dayPart(partOfDay(raw), quote)).toBe(expected)
  })

  it('reads only dates the extractor marked as part of a day', () => {
    const day: ResolvedDate = { ...partOfDay('July 21'), precision: 'day' }
    expect(dayPart(day, 'In the early hours of July 21, Russia struck Kyiv.')).toBeUndefined()
  })

  it('reads a day named with a clock time as its evening or its early hours', () => {
    const day = (raw: string): ResolvedDate => ({ ...partOfDay(raw), precision: 'day' })
    const quote = 'The air force shot down 266 drones since 20:40 on Saturday.'
    expect(dayPart(day('20:40 on Saturday'), quote)).toBe('evening')
    expect(dayPart(day('at 04:30 on Sunday'), quote)).toBe('morning')
    // Midday says neither, and a date written with a dot is no clock time.
    expect(dayPart(day('at 12:15 on Sunday'), quote)).toBeUndefined()
    expect(dayPart(day('21.07.2025'), quote)).toBeUndefined()
  })
})

describe('readingsOf: the night of a day', () => {
  const nightOf = (anchor?: string): ResolvedDate => ({
    resolved: true,
    start: '2025-08-28',
    end: '2025-08-29',
    precision: 'night',
    raw: 'on the night of August 28',
    ...(anchor ? { anchor } : {}),
  })
  const windows = (d: ResolvedDate) =>
    readingsOf(d, '').map((r) => `${r.date.start}/${r.date.end}${r.uncertain ? '?' : ''}`)

  it('is either the night into the day or the night after it, each uncertain', () => {
    expect(windows(nightOf('2025-08-29'))).toEqual([
      '2025-08-27/2025-08-28?',
      '2025-08-28/2025-08-29?',
    ])
  })
  it('written on the day named, it can only be the night into it', () => {
    expect(windows(nightOf('2025-08-28'))).toEqual(['2025-08-27/2025-08-28'])
  })
  it('"overnight on" and a night with both days are read one way', () => {
    expect(windows({ ...nightOf('2025-08-29'), raw: 'overnight on August 28' })).toEqual([
      '2025-08-28/2025-08-29',
    ])
    expect(windows({ ...nightOf('2025-08-29'), raw: 'the night of August 28 to 29' })).toEqual([
      '2025-08-28/2025-08-29',
    ])
  })
})

describe('readingsOf: a night dated from the article’s own day', () => {
  const overnight: ResolvedDate = {
    resolved: true,
    start: '2025-06-18',
    end: '2025-06-19',
    precision: 'night',
    raw: 'overnight',
    anchor: '2025-06-19',
  }
  const windows = (d: ResolvedDate) =>
    readingsOf(d, '').map((r) => `${r.date.start}/${r.date.end}${r.late ? ' late' : ''}`)

  it('is the night before publication, or one of the two before it told later', () => {
    expect(windows(overnight)).toEqual([
      '2025-06-18/2025-06-19',
      '2025-06-17/2025-06-18 late',
      '2025-06-16/2025-06-17 late',
    ])
  })
  it('a stated night is read as written', () => {
    expect(windows({ ...overnight, raw: 'overnight on June 19' })).toEqual([
      '2025-06-18/2025-06-19',
    ])
  })
  it('told by a report of a toll that grew, each of the three nights is as likely', () => {
    const told = readingsOf(overnight, '', true)
    expect(told.map((r) => `${r.date.start}/${r.date.end}`)).toEqual([
      '2025-06-18/2025-06-19',
      '2025-06-17/2025-06-18',
      '2025-06-16/2025-06-17',
    ])
    expect(told.every((r) => r.uncertain && !r.late)).toBe(true)
  })
})

describe('toldLate: a report of a toll that grew since the strike', () => {
  it.each([
    'The death toll from Tuesday’s attack on Kiev has risen to 28, officials said.',
    'Emergency teams pulled more bodies from the debris, raising the death toll to 31.',
    'The number of people killed rose to 23, Tkachenko said.',
  ])('%s', (quote) => expect(toldLate([quote])).toBe(true))
  it.each([
    'Russia fired 539 drones and 11 missiles overnight, injuring 23 people.',
    'Fires rose over the Pechersk district as drones were heard.',
  ])('not: %s', (quote) => expect(toldLate([quote])).toBe(false))
})

describe('readingsOf: a day the words call a night', () => {
  const thursday: ResolvedDate = {
    resolved: true,
    start: '2025-07-03',
    end: '2025-07-03',
    precision: 'day',
    raw: 'on Thursday night',
    anchor: '2025-07-04',
  }
  const windows = (d: ResolvedDate) =>
    readingsOf(d, '').map((r) => `${r.date.start}/${r.date.end}${r.uncertain ? '?' : ''}`)

  it('"on Thursday night" is the night into Thursday or the one after, each uncertain', () => {
    expect(windows(thursday)).toEqual(['2025-07-02/2025-07-03?', '2025-07-03/2025-07-04?'])
  })
  it('written on Thursday, it can only be the night into Thursday', () => {
    expect(windows({ ...thursday, anchor: '2025-07-03' })).toEqual(['2025-07-02/2025-07-03'])
  })
  it('a night its digits name stays the day it was read as', () => {
    expect(windows({ ...thursday, raw: 'night of 2-3 July' })).toEqual(['2025-07-03/2025-07-03'])
  })
})
