import type { StatsSeries } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { airWarPanels } from './air-war-panels.ts'

type Row = StatsSeries['airWar'][number]

const row = (
  start: string,
  attackerId: string,
  weaponClass: Row['weaponClass'],
  launched: number,
  intercepted: number,
): Row => ({
  start,
  attackerId,
  weaponClass,
  launched,
  intercepted,
  interceptionRate: launched ? intercepted / launched : null,
  sevenDays: { launched: launched / 7, intercepted: intercepted / 7, interceptionRate: null },
})

// The seed's night of 20–21 July 2025: 426 Shahed-type drones, 200 shot down and 203 lost to
// electronic warfare; 24 missiles.
const july = [
  row('2025-07-21', 'russia', 'drone', 426, 403),
  row('2025-07-21', 'russia', 'cruise-missile', 24, 20),
  row('2025-07-21', 'ukraine', 'drone', 0, 74),
  row('2025-07-21', 'russia', 'other', 3, 0),
]

describe('airWarPanels', () => {
  const panels = airWarPanels(july, ['2025-07-20', '2025-07-21'])

  it('draws a panel per attacker and class that launched anything, in class order', () => {
    expect(panels.map((p) => `${p.attackerId} ${p.weaponClass}`)).toEqual([
      'russia drone',
      'russia cruise-missile',
    ])
  })

  it('fills buckets without launches with zeros, so every panel shares the time axis', () => {
    const [drones] = panels
    expect(drones?.points.map((p) => [p.start, p.launched, p.intercepted])).toEqual([
      ['2025-07-20', 0, 0],
      ['2025-07-21', 426, 403],
    ])
    expect(drones?.points[0]?.rate).toBeNull()
    expect(drones?.points[1]?.rate).toBeCloseTo(0.946, 3)
  })

  it('never adds one side’s interceptions into the other’s launches', () => {
    expect(panels.find((p) => p.attackerId === 'ukraine')).toBeUndefined()
    expect(panels[0]?.intercepted).toBe(403)
  })
})
