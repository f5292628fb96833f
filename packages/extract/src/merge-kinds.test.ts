import type { Attack, Measure } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { kindSignals } from './merge-kinds.ts'

const wave = seedDataset.records.find((r): r is Attack => r.kind === 'attack')
const dateClaim = wave?.claims.find((c) => c.fact === 'date')
/** The seed's attack naming only `placeIds`, with one launch count if given. */
const attack = (placeIds: string[], launched?: Measure): Attack | undefined =>
  wave &&
  dateClaim && {
    ...wave,
    placeIds,
    weapons: [],
    claims: launched ? [{ ...dateClaim, id: 'c0', fact: 'launched', value: launched }] : [],
  }

const reasons = (a?: Attack, b?: Attack) =>
  a && b ? kindSignals(a, b).flatMap((s) => (s ? [s.reason] : [])) : []

describe('kindSignals: the places an attack covers', () => {
  const wholeWave: Measure = { qualifier: 'over', value: 800, subject: 'drones', scope: 'ua' }
  it('a count of the whole wave at Ukraine covers a city struck that night', () => {
    expect(reasons(attack(['ua-kyiv'], wholeWave), attack(['ua-kremenchuk']))).toContain(
      'Kremenchuk lies in Ukraine',
    )
  })
  it('a count scoped to a city covers no more than the city', () => {
    const kyivOnly: Measure = { ...wholeWave, scope: 'ua-kyiv' }
    expect(reasons(attack(['ua-kyiv'], kyivOnly), attack(['ua-kremenchuk']))).not.toContain(
      'Kremenchuk lies in Ukraine',
    )
  })
})
