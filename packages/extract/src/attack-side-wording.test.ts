import { describe, expect, it } from 'vitest'
import { attackerIn } from './attack-side.ts'
import { extract } from './extract.ts'

/** Who fired, where, and whether at all, as real reporting words it (issue #15). */
const attacks = (text: string) =>
  extract(text, { source: { id: 't' } }).flatMap((d) =>
    d.record.kind === 'attack' ? [d.record] : [],
  )

describe('the side that fired', () => {
  it('reads "launching 90 drones against Ukraine" as Russia firing', () => {
    expect(
      attackerIn('The enemy kept up the terror, launching 90 attack drones against Ukraine.'),
    ).toBe('russia')
  })

  it('does not read "thanked Ukrainian forces for repelling" as Ukraine firing', () => {
    expect(
      attackerIn('The mayor thanked Ukrainian forces for repelling the drone attack on the city.'),
    ).toBeUndefined()
  })
})

describe('a capital that is a government, not a place', () => {
  it('keeps Moscow out of the places of "as Moscow intensified strikes on Ukraine"', () => {
    const [a] = attacks(
      'Three people were killed in Russian drone attacks on Odesa, the governor said, as Moscow intensified strikes on the port.',
    )
    expect(a?.placeIds).not.toContain('ru-moscow')
  })
})

describe('a condition is no strike', () => {
  it('proposes no attack from "If Russia turns the holidays into destroyed homes"', () => {
    expect(
      attacks(
        '“If Russia turns the holidays into a time of destroyed homes and damaged power plants, it must be met with strong measures,” the minister said.',
      ),
    ).toEqual([])
  })
})
