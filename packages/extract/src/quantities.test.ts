import { describe, expect, it } from 'vitest'
import { findCounts, mayOpenWithCount, parseNumber } from './quantities.ts'

describe('parseNumber', () => {
  it.each([
    ['74', 74],
    ['1,200', 1200],
    ['fifteen', 15],
    ['twenty-five', 25],
    ['two hundred', 200],
    ['three thousand', 3000],
    ['two dozen', 24],
    ['a hundred', 100],
  ])('reads "%s" as %d', (raw, value) => expect(parseNumber(raw)).toBe(value))

  it('refuses words that are not numbers', () => expect(parseNumber('Patriot')).toBeUndefined())
})

describe('findCounts', () => {
  it('keeps "at least" as a floor, not an exact count', () => {
    expect(findCounts('At least one person was killed and eight others injured')).toMatchObject([
      { value: 1, qualifier: 'at-least', raw: 'At least one' },
      { value: 8, qualifier: 'exact', raw: 'eight' },
    ])
  })

  it.each([
    ['more than 40 missiles', 'over'],
    ['around 300 drones', 'about'],
    ['up to 12 people', 'at-most'],
    ['fewer than ten', 'under'],
    ['nearly 90 drones', 'under'],
    ['almost a hundred people', 'under'],
  ])('reads the qualifier of "%s"', (text, qualifier) => {
    expect(findCounts(text)[0]?.qualifier).toBe(qualifier)
  })

  it('reads no count in an age', () => {
    expect(findCounts('a 63-year-old man and a woman aged 40 years old')).toEqual([])
  })

  it('skips years, ordinals and currency amounts', () => {
    expect(findCounts('In 2022, the 29th meeting pledged €5 billion')).toEqual([])
  })

  it.each([
    'Russia fired two Kh-22 missiles at the port.',
    'a Kh-47 Kinzhal was shot down',
    'Tu-95 bombers took off',
    'Kh-59/69 guided missiles',
  ])('reads no count in a weapon model: "%s"', (text) => {
    expect(findCounts(text).map((c) => c.value)).not.toContain(22)
    expect(findCounts(text).map((c) => c.value)).not.toContain(47)
    expect(findCounts(text).map((c) => c.value)).not.toContain(95)
    expect(findCounts(text).map((c) => c.value)).not.toContain(69)
  })

  it('reads no count in a calibre ("155-mm rounds", "120mm mortars")', () => {
    expect(findCounts('155-mm rounds and 120mm mortars, 40 howitzers').map((c) => c.value)).toEqual(
      [40],
    )
  })
})

describe('mayOpenWithCount', () => {
  it('passes every text findCounts reads a count at its very start from, and few others', () => {
    const texts = [
      'two more Patriot systems',
      'Twenty-five generators',
      'at least 20 tanks',
      'some 5 jets',
      'an estimated 40 drones',
      'Nearly 30 ambulances',
      'a dozen jets',
      'single drone',
      '1,000 shells',
      'up to 12 launchers',
      'more than 300 vehicles',
      'Patriot systems',
      ' 5 jets',
      'the 40 drones',
      'air defence for 2026',
      '',
    ]
    for (const text of texts)
      if (findCounts(text)[0]?.start === 0) expect(mayOpenWithCount(text)).toBe(true)
    expect(mayOpenWithCount('Patriot systems')).toBe(false)
    expect(mayOpenWithCount('the 40 drones')).toBe(false)
  })
})
