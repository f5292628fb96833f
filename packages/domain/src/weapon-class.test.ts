import { describe, expect, it } from 'vitest'
import { weaponClassOf } from './weapon-class.ts'

describe('weaponClassOf', () => {
  it.each([
    ['Shahed-136/131', 'drone'],
    ['Shahed-136/131: lost to electronic warfare', 'drone'],
    ['Молнія and Lancet', 'drone'],
    ['drones', 'drone'],
    ['Iskander-M/KN-23', 'ballistic-missile'],
    ['X-47 Kinzhal', 'ballistic-missile'],
    ['C-300/C-400', 'ballistic-missile'],
    ['X-101/X-555 and Kalibr', 'cruise-missile'],
    ['Iskander-K', 'cruise-missile'],
    ['X-59/X-69', 'cruise-missile'],
    ['Unknown Missile', 'cruise-missile'],
    ['P-800 Oniks', 'cruise-missile'],
    ['GBU', 'glide-bomb'],
    ['Aerial Bomb', 'glide-bomb'],
    ['missiles', 'other'],
  ] as const)('reads %s as %s', (subject, weaponClass) => {
    expect(weaponClassOf(subject, [])).toBe(weaponClass)
  })

  it('counts a line naming cruise and ballistic missiles under ballistic: a shared count cannot be split', () => {
    expect(weaponClassOf('X-101/X-555 and Kalibr and Iskander-M/KN-23', [])).toBe(
      'ballistic-missile',
    )
  })

  it("falls back on the record's weapon when the subject names no class", () => {
    expect(weaponClassOf(undefined, [{ type: 'drone' }])).toBe('drone')
    expect(weaponClassOf('the rest', [{ type: 'drone' }, { type: 'missile' }])).toBe('other')
    expect(weaponClassOf('Type-7 (line 3)', [{ type: 'glide-bomb', model: 'Type-7' }])).toBe(
      'glide-bomb',
    )
  })
})
