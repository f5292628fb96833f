import { describe, expect, it } from 'vitest'
import { airWarCounts } from './air-war.ts'
import type { Attack } from './attack.ts'
import { seedDataset } from './seed/index.ts'

const seedAttack = (id: string): Attack => {
  const found = seedDataset.records.find((r) => r.id === id)
  if (found?.kind !== 'attack') throw new Error(`no seed attack ${id}`)
  return found
}

describe('airWarCounts', () => {
  it('counts 74 drones downed over Russia once, not with the 15 of them near Moscow', () => {
    expect(airWarCounts(seedAttack('attack-ua-drones-russia-2025-07-21'))).toEqual([
      { weaponClass: 'drone', launched: 0, intercepted: 74 },
    ])
  })

  it('sums subjects of one class and counts a fact repeated by two sources once', () => {
    const base = seedAttack('attack-ua-drones-russia-2025-07-21')
    const [date] = base.claims
    if (!date) throw new Error('no date claim')
    const count = (
      id: string,
      fact: 'launched' | 'intercepted',
      value: number,
      subject: string,
    ) => ({
      ...date,
      id: `${base.id}.${id}`,
      fact,
      value: { qualifier: 'exact' as const, value, subject, scope: 'ua' },
    })
    const attack: Attack = {
      ...base,
      claims: [
        date,
        count('a', 'launched', 426, 'Shahed-136/131'),
        count('b', 'launched', 426, 'Shahed-136/131'),
        count('c', 'intercepted', 200, 'Shahed-136/131'),
        count('d', 'intercepted', 203, 'Shahed-136/131: lost to electronic warfare'),
        count('e', 'launched', 16, 'X-101/X-555'),
        count('f', 'launched', 8, 'Iskander-M'),
      ],
    }
    expect(airWarCounts(attack)).toEqual([
      { weaponClass: 'drone', launched: 426, intercepted: 403 },
      { weaponClass: 'cruise-missile', launched: 16, intercepted: 0 },
      { weaponClass: 'ballistic-missile', launched: 8, intercepted: 0 },
    ])
  })
})
