import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

/** Tolls and strike dates in wordings of real reporting (issue #15). */
const attack = (text: string, publishedAt?: string) =>
  extract(text, { source: { id: 't', ...(publishedAt ? { publishedAt } : {}) } }).flatMap((d) =>
    d.record.kind === 'attack' ? [d.record] : [],
  )[0]
const tolls = (text: string) =>
  (attack(text)?.claims ?? []).flatMap((c) =>
    (c.fact === 'killed' || c.fact === 'injured') && c.value.qualifier !== 'range'
      ? [`${c.fact} ${c.value.value}`]
      : [],
  )
const dateOf = (text: string, publishedAt: string) =>
  attack(text, publishedAt)?.claims.find((c) => c.fact === 'date')?.value

describe('tolls told as lives lost', () => {
  it('reads "Five civilians lost their lives" and "claimed the lives of 5 people"', () => {
    expect(tolls('A Russian missile hit Poltava. Five civilians lost their lives.')).toEqual([
      'killed 5',
    ])
    expect(tolls('The Russian strike claimed the lives of 6 people in Izium.')).toEqual([
      'killed 6',
    ])
  })

  it('reads "Two women were killed" as a toll of two', () => {
    expect(tolls('A Russian strike hit Sumy. Two women were killed, the governor said.')).toEqual([
      'killed 2',
    ])
  })
})

describe('tolls in more wordings', () => {
  it('reads "has died", "one death and 12 injuries", "slightly wounded"', () => {
    expect(
      tolls(
        'At least one person has died in Lviv and four were injured when a Russian drone hit a house.',
      ),
    ).toEqual(['killed 1', 'injured 4'])
    expect(
      tolls('Russia carried out two airstrikes on Sumy, resulting in one death and 9 injuries.'),
    ).toEqual(['killed 1', 'injured 9'])
    expect(
      tolls('A Ukrainian drone hit Kursk. Six people were slightly wounded by glass.'),
    ).toEqual(['injured 6'])
  })

  it('reads one victim by role: "killing the driver", "a woman born in 1950 was injured"', () => {
    expect(
      tolls('Debris of a Ukrainian drone fell on a car in Sochi, killing the driver.'),
    ).toEqual(['killed 1'])
    expect(
      tolls('A Russian drone attacked Izmail. A woman born in 1950 was injured in the attack.'),
    ).toEqual(['injured 1'])
  })

  it('gives a lead naming no side to the attack the next sentence names', () => {
    expect(
      tolls(
        'The assault killed six people and left 30 others injured, rescuers said. Russian forces launched 90 missiles at Ukraine.',
      ),
    ).toEqual(['killed 6', 'injured 30'])
  })
})

describe('sub-counts of a toll already given', () => {
  it('does not count "Of them, five were hospitalised" as a second toll', () => {
    expect(
      tolls('A Russian attack on Odesa wounded eight people. Of them, five were hospitalised.'),
    ).toEqual(['injured 8'])
  })

  it('does not count "Among the dead are two children" as a toll', () => {
    expect(
      tolls('A Russian attack on Odesa killed five people. Among the dead are two children.'),
    ).toEqual(['killed 5'])
  })
})

describe('the night a strike took', () => {
  it('reads "on Sunday night" as the night from Sunday into Monday', () => {
    expect(
      dateOf('Russia launched drones at Lviv on Sunday night, the governor said.', '2025-03-11'),
    ).toMatchObject({ start: '2025-03-09', end: '2025-03-10', precision: 'night' })
  })

  it('reads "on Tuesday night" in a Tuesday report as the night that ended that morning', () => {
    expect(
      dateOf('Russian drones attacked Rivne on Tuesday night, the mayor said.', '2025-03-11'),
    ).toMatchObject({ start: '2025-03-10', end: '2025-03-11', precision: 'night' })
  })

  it('reads a ministry\'s "between 11 p.m. on March 8 and 7 a.m. on March 9" as one night', () => {
    expect(
      dateOf(
        'Air defences destroyed 31 Ukrainian drones between 11 p.m. on March 8 and 7 a.m. on March 9, the ministry said.',
        '2025-03-09',
      ),
    ).toMatchObject({ start: '2025-03-08', end: '2025-03-09', precision: 'night' })
  })

  it('leaves a plain day a day', () => {
    expect(
      dateOf('A Russian missile struck Dnipro on March 3, killing four people.', '2025-03-10'),
    ).toMatchObject({ start: '2025-03-03', end: '2025-03-03', precision: 'day' })
  })
})

describe("a later event is not the strike's date", () => {
  it('does not date the strike by "was put out on Thursday"', () => {
    expect(
      dateOf(
        'A fire caused by the Ukrainian drone attack on the depot in Kursk was put out on Thursday, the governor said.',
        '2025-03-14',
      ),
    ).toBeUndefined()
  })

  it("dates it by the strike's own day when both are told", () => {
    expect(
      dateOf(
        'Power was restored on Wednesday after a Russian drone attack on Odesa on Monday.',
        '2025-03-14',
      ),
    ).toMatchObject({ start: '2025-03-10', precision: 'day' })
  })
})
