import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string): Aid[] =>
  extract(text, { source: { id: 'src-givers' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )

describe('givers listed after "funded by"', () => {
  it('takes every state of the list, the ones the dictionary lacks too', () => {
    const [found] = aid(
      'Ukraine will receive a $300 million drone package funded by Portugal, Iceland, Luxembourg and Belgium.',
    )
    expect(found?.donorIds).toEqual(['portugal', 'new-iceland', 'new-luxembourg', 'belgium'])
  })

  it('stops at the first word of the clause after the list, and keeps the things apart', () => {
    const [found] = aid(
      'Ukraine will receive 30 howitzers paid for by Spain and Italy, the defence ministry said.',
    )
    expect(found?.donorIds).toEqual(['spain', 'italy'])
    expect(found?.claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : []))).toEqual([
      'Howitzers',
    ])
  })
})

describe('pledges told in turn by participles', () => {
  it('reads "A …, committing $X, followed by B and C contributing $Y" as two pledges', () => {
    const found = aid(
      'Belgium opened the new drone fund for Ukraine, committing $120 million, followed by a joint effort from Spain and Portugal contributing $80 million.',
    ).map((a) => ({
      stage: a.stage,
      donors: a.donorIds,
      money: a.claims.flatMap((c) =>
        c.fact === 'money' && c.value.kind === 'amount' ? [c.value.amount] : [],
      ),
    }))
    expect(found).toEqual([
      { stage: 'pledge', donors: ['belgium'], money: [120000000] },
      { stage: 'pledge', donors: ['spain', 'portugal'], money: [80000000] },
    ])
  })
})

describe('the recipient’s "will get"', () => {
  it('is a pledge from whoever the money comes from', () => {
    const [found] = aid('Ukraine will get $900 million from the EIB for its power grid.')
    expect([found?.stage, found?.donorIds]).toEqual(['pledge', ['eib']])
  })

  it('is no aid when nothing is given', () => {
    expect(aid('Ukraine will get through the winter, the energy minister said.')).toEqual([])
  })
})

describe('people named by their office in the plural', () => {
  it('are no giver: the programme names the giver instead', () => {
    const [found] = aid(
      'Ambassadors adopted the second instalment of EUR 3.1 billion under the Ukraine Facility for Ukraine.',
    )
    expect(found?.donorIds).toEqual(['european-union'])
  })
})
