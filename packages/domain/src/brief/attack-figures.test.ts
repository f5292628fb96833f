import { describe, expect, it } from 'vitest'
import { airWarSentences } from './attack-figures.ts'

const day = (start: string, attackerId: string, launched: number, intercepted: number) => ({
  start,
  attackerId,
  weaponClass: 'drone' as const,
  launched,
  intercepted,
  interceptionRate: launched ? intercepted / launched : null,
  sevenDays: { launched, intercepted, interceptionRate: null },
})

describe('airWarSentences', () => {
  it('calls launches no source counted unreported, never zero', () => {
    const [line] = airWarSentences(
      { series: { airWar: [day('2025-07-20', 'ukraine', 0, 74)] } },
      '2025-07-14',
      '2025-07-20',
    )
    expect(line?.text).toBe(
      'Air war, attacks by Ukraine: launches not reported and 74 intercepted or lost to electronic warfare (launched and intercepted: drones not reported and 74).',
    )
    expect(line?.figures.map((f) => f.value)).toEqual([74, 74])
  })

  it('sums a side’s launched and intercepted over the period only', () => {
    const [line] = airWarSentences(
      {
        series: {
          airWar: [
            day('2025-07-13', 'russia', 100, 90),
            day('2025-07-14', 'russia', 426, 403),
            day('2025-07-15', 'russia', 1000, 900),
          ],
        },
      },
      '2025-07-14',
      '2025-07-20',
    )
    expect(line?.text).toContain('1,426 launched and 1,303 intercepted')
  })
})
