import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string): Aid[] =>
  extract(text, { publishedAt: '2025-09-12', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )
const money = (a: Aid | undefined) =>
  a?.claims.flatMap((c) =>
    c.fact === 'money' && c.value.kind === 'amount'
      ? [
          `${c.value.amount} ${c.value.currency}@${c.assertedBy.type === 'actor' ? c.assertedBy.actorId : 'unnamed'}`,
        ]
      : [],
  ) ?? []

describe('payments told as a list of givers', () => {
  it('reads each giver with its sum in brackets as a payment of its own', () => {
    const records = aid(
      'Italy (€40m), Spain ($25m) and Portugal ($10m) all contributed to the Ukraine fund in March.',
    )
    expect(records.map((a) => a.donorIds)).toEqual([['italy'], ['spain'], ['portugal']])
    expect(records.map((a) => a.stage)).toEqual(['pledge', 'pledge', 'pledge'])
  })

  it('leaves the other givers after ", while" to the reporter, not the announcing state', () => {
    const [belgium, italy, spain] = aid(
      'Belgium announced €30 million for Ukraine on Monday, while Italy (€12m) and Spain (€5m) all contributed in June.',
    )
    expect(money(belgium)).toEqual(['30000000 EUR@belgium'])
    expect(money(italy)).toEqual(['12000000 EUR@unnamed'])
    expect(spain?.donorIds).toEqual(['spain'])
  })

  it('keeps both payments the speaker told after the clauses', () => {
    const records = aid(
      'Belgium will give €30 million to Ukraine, while Italy will give €12 million, Rutte said.',
    )
    expect(records.flatMap(money)).toEqual(['30000000 EUR@rutte', '12000000 EUR@rutte'])
  })
})

describe('the whole a payment is made under', () => {
  it('makes "under the €50 billion Facility" a pledge of its own, not the payment\'s sum', () => {
    const records = aid(
      'The EU approved €2.1 billion as a fourth payment of grants and loans to Ukraine under the €50 billion Ukraine Facility.',
    )
    expect(records.map((a) => money(a)[0]?.split('@')[0])).toEqual([
      '50000000000 EUR',
      '2100000000 EUR',
    ])
    expect(records.every((a) => a.donorIds.includes('european-union'))).toBe(true)
  })

  it('reads "from the $20 billion US loan" as the whole a sum came from', () => {
    const records = aid('Ukraine received $1 billion from the $20 billion US loan.')
    expect(records.map((a) => a.stage)).toEqual(['pledge', 'delivery'])
  })
})
