import type { Stance, Statement } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { answeringStatements } from './answering-statements.ts'

const WAVE = 'attack-ru-drones-ukraine-2025-07-21'
const seedStatements = seedDataset.records.filter((r): r is Statement => r.kind === 'statement')
const [base] = seedStatements
if (!base) throw new Error('the seed has no statement')

/** A seed statement turned into one about the drone wave, its words carrying `stance`. */
const answering = (id: string, stance: Stance | undefined, aboutIds = [WAVE]): Statement => ({
  ...base,
  id,
  aboutIds,
  claims: base.claims.map((c) => ({ ...c, ...(stance ? { stance } : {}) })),
})

describe('answeringStatements lists the corrections and denials of a record', () => {
  it('finds none among the seed’s statements, which answer nobody', () => {
    expect(answeringStatements(WAVE, seedStatements)).toEqual([])
  })

  it('keeps statements about this record that carry a stance, denials first', () => {
    const found = answeringStatements(WAVE, [
      answering('st-plain', undefined),
      answering('st-correction', { type: 'correction' }),
      answering('st-elsewhere', { type: 'denial' }, ['talk-istanbul-2025-07']),
      answering('st-denial', { type: 'denial' }),
    ])
    expect(found.map((a) => [a.statement.id, a.stance.type])).toEqual([
      ['st-denial', 'denial'],
      ['st-correction', 'correction'],
    ])
  })
})
