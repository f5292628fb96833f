import type { Attack } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const attack = (text: string): Attack | undefined =>
  extract(text, { publishedAt: '2025-10-02', source: { id: 's' } }).find(
    (d) => d.record.kind === 'attack',
  )?.record as Attack | undefined

const claims = (a: Attack | undefined, fact: string) =>
  a?.claims.flatMap((c) =>
    c.fact === fact && 'qualifier' in c.value && 'value' in c.value
      ? [[c.value.value, c.value.scope]]
      : [],
  )

describe('wire-style attack reports', () => {
  it('reads a hyphen dateline as no place, and "at Ukraine" as the whole country', () => {
    const a = attack(
      'LVIV, Oct 2 (Wire) - Russia launched 80 drones at Ukraine overnight, the air force said.',
    )
    expect(a?.placeIds).toEqual([])
    expect(claims(a, 'launched')).toEqual([[80, 'ua']])
  })

  it('reads "most of the 30 missiles and 20 drones were shot down" as totals launched', () => {
    const a = attack(
      'Russia attacked Odesa overnight. Most of the 30 missiles and 20 drones were shot down, the military said.',
    )
    expect(claims(a, 'launched')).toEqual([
      [30, undefined],
      [20, undefined],
    ])
    expect(claims(a, 'intercepted')).toEqual([])
  })

  it('reads "no one was injured" as zero, never as one', () => {
    const a = attack(
      'Ukrainian drones attacked a depot in the Tambov region, sparking a fire. No one was injured.',
    )
    // the zero's own sentence names no place, so it has no scope (eval/real/README.md's rule)
    expect(claims(a, 'injured')).toEqual([[0, undefined]])
    expect(a?.claims.some((c) => c.fact === 'effect' && c.value.type === 'other')).toBe(true)
  })

  it('reads the attacker from a ministry speaking of its own forces, with each model kept', () => {
    expect(
      attack(
        'The Russian Defence Ministry said its forces struck Ukrainian airfields with Iskander-M missiles and Geran-2 drones.',
      ),
    ).toMatchObject({
      attackerId: 'russia',
      targetId: 'ukraine',
      weapons: [
        { type: 'drone', model: 'Geran-2' },
        { type: 'missile', model: 'Iskander-M' },
      ],
    })
  })

  it('reads "three hit their targets" as neither launched nor downed', () => {
    const a = attack(
      'Russia fired 10 missiles at Kharkiv overnight; three missiles hit their targets, the governor said.',
    )
    expect(claims(a, 'launched')).toEqual([[10, 'ua-kharkiv']])
    expect(claims(a, 'intercepted')).toEqual([])
  })

  it('reads "a shelling from Ukraine of our village Tyotkino" as Ukraine’s attack there', () => {
    expect(
      attack('The governor said there was a shelling from Ukraine of our village Tyotkino.'),
    ).toMatchObject({ attackerId: 'ukraine', targetId: 'russia', placeIds: ['new-tyotkino'] })
  })

  it('reads "destroyed 30 of them" after a count of drones as a share downed', () => {
    const a = attack(
      'Russia attacked Ukraine with 35 Shahed drones overnight. Air defences destroyed 30 of them, the air force said.',
    )
    expect(claims(a, 'launched')).toEqual([[35, 'ua']])
    expect(claims(a, 'intercepted')).toEqual([[30, undefined]])
  })

  it('scopes a wave of weapons to its own clause, not to the city of the toll', () => {
    const a = attack(
      'Three people were killed in Odesa after Russia launched 90 drones overnight, the air force said.',
    )
    expect(claims(a, 'killed')).toEqual([[3, 'ua-odesa']])
    expect(claims(a, 'launched')).toEqual([[90, undefined]])
  })

  it('keeps one claim when a lead and its quote give the same count', () => {
    const a = attack(
      'Air defences destroyed 12 Ukrainian drones over the Tula Region, the ministry said. "Air defences destroyed 12 Ukrainian drones over the Tula Region," it said.',
    )
    expect(claims(a, 'intercepted')).toEqual([[12, 'ru-tula-oblast']])
  })

  it('reads "shot down all 12 Kalibr missiles" as intercepted', () => {
    expect(
      claims(
        attack('Ukraine’s air force said it shot down all 12 Kalibr missiles fired by Russia.'),
        'intercepted',
      ),
    ).toEqual([[12, undefined]])
  })

  it.each([
    'Russia on Sunday launched 60 drones at Chernihiv, the air force said.',
    'Russian occupiers shelled Nikopol, killing two people.',
  ])('reads Russia as the attacker in "%s"', (text) => {
    expect(attack(text)).toMatchObject({ attackerId: 'russia', targetId: 'ukraine' })
  })
})
