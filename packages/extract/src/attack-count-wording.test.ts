import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

/** Tolls worded the way real reporting words them (issue #15). */
const claims = (text: string) =>
  extract(text, { source: { id: 't' } }).flatMap((d) =>
    d.record.kind === 'attack' ? d.record.claims : [],
  )

describe('tolls with "known to have been"', () => {
  it('counts "12 people are known to have been injured" as injured', () => {
    const injured = claims(
      'A Russian drone hit a block of flats in Sumy. So far 12 people are known to have been injured.',
    ).find((c) => c.fact === 'injured')
    expect(injured?.value).toMatchObject({ qualifier: 'exact', value: 12 })
  })
})

describe('"no casualties" ties its zero to no place its sentence does not name', () => {
  it('leaves the scope of "There were no casualties, the governor said" open', () => {
    const zero = claims(
      'A Ukrainian drone attack set fire to a refinery in Volgograd overnight. There were no casualties, the governor said.',
    ).filter((c) => c.fact === 'killed')
    expect(zero).toHaveLength(1)
    expect(zero[0]?.value).toMatchObject({ qualifier: 'exact', value: 0 })
    expect(zero[0]?.value).not.toHaveProperty('scope')
  })
})

describe('a bare share after a count of weapons', () => {
  it('reads "launched 72 drones, adding that 47 were shot down" as 47 intercepted', () => {
    const intercepted = claims(
      'Russia launched 72 Shahed drones at Ukraine overnight, the air force said, adding that 47 were shot down.',
    ).find((c) => c.fact === 'intercepted')
    expect(intercepted?.value).toMatchObject({ qualifier: 'exact', value: 47 })
  })
})

describe('one victim who "has died", in a region named before its city', () => {
  it('reads "A man has died in the Russian region of Kursk" as one killed in the Kursk region', () => {
    const [a] = extract(
      'A man has died in the Russian region of Kursk after a Ukrainian drone attack, the governor said.',
      { source: { id: 't' } },
    ).flatMap((d) => (d.record.kind === 'attack' ? [d.record] : []))
    expect(a?.placeIds).toContain('ru-kursk-oblast')
    expect(a?.claims.find((c) => c.fact === 'killed')?.value).toMatchObject({
      qualifier: 'exact',
      value: 1,
      scope: 'ru-kursk-oblast',
    })
  })
})

describe('"N each in A and B" after a count of drones downed', () => {
  it('counts four for each of the two places', () => {
    const intercepted = claims(
      'The Defence Ministry said air defences destroyed 20 Ukrainian drones over the Kursk region, and four each over the Bryansk region and annexed Crimea.',
    )
      .filter((c) => c.fact === 'intercepted')
      .map((c) => [c.value.qualifier === 'range' ? undefined : c.value.value, c.value.scope])
    expect(intercepted).toEqual([
      [20, 'ru-kursk-oblast'],
      [4, 'ru-bryansk-oblast'],
      [4, 'ua-crimea'],
    ])
  })
})
