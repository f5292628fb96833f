import type { Aid, StatedMoney } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { aidSignals } from './merge-aid.ts'

const request = seedDataset.records.find((r): r is Aid => r.kind === 'aid')
const moneyClaim = request?.claims.find((c) => c.fact === 'money')
/** The seed's first aid record with one amount only, given by a donor, so tests vary the money. */
const pledge = (donorIds: string[], value: StatedMoney): Aid | undefined =>
  request && moneyClaim && { ...request, donorIds, claims: [{ ...moneyClaim, value }] }
const nok = (amount: number): StatedMoney => ({
  kind: 'amount',
  amount,
  currency: 'NOK',
  qualifier: 'exact',
  per: 'total',
})
const money = (a?: Aid, b?: Aid) =>
  a && b
    ? aidSignals(a, b).find((s) => s?.reason.includes('amount') || s?.reason.includes('against'))
    : undefined

describe('aidSignals: money', () => {
  const cases: { name: string; a?: Aid; b?: Aid; weight: number | undefined }[] = [
    {
      name: 'the same amount ties two reports to one package',
      a: pledge(['norway'], nok(7e9)),
      b: pledge(['norway'], nok(7e9)),
      weight: 0.45,
    },
    {
      name: 'a precise figure in both weighs more: it is one announcement’s fingerprint',
      a: pledge(['norway'], { ...nok(696.12e6), currency: 'USD' }),
      b: pledge([], { ...nok(696.12e6), currency: 'USD' }),
      weight: 0.55,
    },
    {
      name: 'the source’s own conversion lets kroner meet euros',
      a: pledge(['norway'], {
        ...nok(1.4e9),
        sourceConversion: { amount: 118e6, currency: 'EUR' },
      }),
      b: pledge(['norway'], { ...nok(118e6), currency: 'EUR' }),
      weight: 0.45,
    },
    {
      name: 'the same donor with another amount is another package',
      a: pledge(['norway'], nok(1.4e9)),
      b: pledge(['norway'], nok(7e9)),
      weight: -0.3,
    },
  ]
  it.each(cases)('$name', ({ a, b, weight }) => {
    expect(money(a, b)?.weight).toBe(weight)
  })
})
