import type { Attack } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { weaponSignal } from './merge-weapons.ts'

const wave = seedDataset.records.find((r): r is Attack => r.kind === 'attack')
/** The seed's attack with only the weapons varied. */
const armed = (...weapons: Attack['weapons']): Attack | undefined => wave && { ...wave, weapons }
const drone = (model?: string) => ({ type: 'drone' as const, ...(model ? { model } : {}) })
const missile = (model?: string) => ({ type: 'missile' as const, ...(model ? { model } : {}) })

describe('weaponSignal', () => {
  const cases: { name: string; a?: Attack; b?: Attack; reason: string | undefined }[] = [
    {
      name: 'a model both name',
      a: armed(missile('Iskander-K')),
      b: armed(missile('Iskander-K'), drone()),
      reason: 'Iskander-K in both',
    },
    {
      name: 'a family one report names and the model the other does',
      a: armed(drone('Shahed')),
      b: armed(drone('Shahed-136/131'), missile('Iskander-M')),
      reason: 'Shahed and Shahed-136/131 in both',
    },
    {
      name: 'two variants of one family are two weapons',
      a: armed(missile('Iskander-K')),
      b: armed(missile('Iskander-M')),
      reason: 'missile in both',
    },
    {
      name: 'a designation transliterated "Kh" and written "X" by the Air Force',
      a: armed(missile('Kh-101')),
      b: armed(missile('X-101/X-555'), drone('Shahed-136/131')),
      reason: 'Kh-101 and X-101/X-555 in both',
    },
    {
      name: 'a missile named by its name beside its designation',
      a: armed(missile('Kinzhal')),
      b: armed(missile('X-47 Kinzhal')),
      reason: 'Kinzhal and X-47 Kinzhal in both',
    },
    { name: 'nothing in common', a: armed(drone()), b: armed(missile()), reason: undefined },
  ]
  it.each(cases)('$name', ({ a, b, reason }) => {
    expect(a && b && weaponSignal(a, b)?.reason).toBe(reason)
  })
})
