import type { Aid, StatedMoney } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { aidSignals } from './merge-aid.ts'

const request = seedDataset.records.find((r): r is Aid => r.kind === 'aid')
const moneyClaim = request?.claims.find((c) => c.fact === 'money')
/**
 * The seed's first aid record with one amount only, given by a donor, so tests vary the money;
 * its quote names no figure, so only the claim's amount is compared.
 */
const pledge = (donorIds: string[], value: StatedMoney): Aid | undefined =>
  request &&
  moneyClaim && {
    ...request,
    donorIds,
    claims: [{ ...moneyClaim, value, quote: 'The donors pledged the package.' }],
  }
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
      name: 'the reference rate ties two currencies when the source’s rounding does not',
      a: pledge(['sweden'], {
        ...nok(75e9),
        currency: 'SEK',
        sourceConversion: { amount: 6e9, currency: 'EUR' },
        eur: { amount: 6.56e9, rate: 11.4325, rateDate: '2024-01-01' },
      }),
      b: pledge(['sweden'], { ...nok(6.5e9), currency: 'EUR' }),
      weight: 0.35,
    },
    {
      name: 'an amount read without a day is priced on the other’s day',
      a: pledge(['sweden'], { ...nok(75e9), currency: 'SEK' }),
      b: pledge(['sweden'], {
        ...nok(6.5e9),
        currency: 'EUR',
        eur: { amount: 6.5e9, rate: 1, rateDate: '2024-05-22' },
      }),
      weight: 0.35,
    },
    {
      name: '"nearly 16 billion" fits 15.6 billion',
      a: pledge(['sweden'], { ...nok(16e9), currency: 'SEK', qualifier: 'under' }),
      b: pledge(['sweden'], { ...nok(15.6e9), currency: 'SEK' }),
      weight: 0.45,
    },
    {
      name: '"nearly 16 billion" is not 1.4 billion, though both lie below 16',
      a: pledge(['sweden'], { ...nok(16e9), currency: 'SEK', qualifier: 'under' }),
      b: pledge(['sweden'], { ...nok(1.4e9), currency: 'SEK' }),
      weight: -0.3,
    },
    {
      name: '"nearly 16 billion" and 13.3 billion are neither one sum nor apart',
      a: pledge(['sweden'], { ...nok(16e9), currency: 'SEK', qualifier: 'under' }),
      b: pledge(['sweden'], { ...nok(13.3e9), currency: 'SEK' }),
      weight: undefined,
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
      name: 'amounts in two currencies meet through their euro values',
      a: pledge(['denmark'], {
        ...nok(100e6),
        currency: 'USD',
        raw: '$100 million',
        eur: { amount: 92.39e6, rate: 1.0824, rateDate: '2024-01-01' },
      }),
      b: pledge(['denmark'], {
        ...nok(90e6),
        currency: 'EUR',
        raw: '€90 million',
        eur: { amount: 90e6, rate: 1, rateDate: '2024-05-02' },
      }),
      weight: 0.35,
    },
    {
      name: 'amounts in two currencies a third apart in euros say nothing either way',
      a: pledge(['denmark'], {
        ...nok(150e6),
        currency: 'USD',
        eur: { amount: 138.6e6, rate: 1.0824, rateDate: '2024-01-01' },
      }),
      b: pledge(['denmark'], {
        ...nok(90e6),
        currency: 'EUR',
        eur: { amount: 90e6, rate: 1, rateDate: '2024-05-02' },
      }),
      weight: undefined,
    },
    {
      name: 'another package of a like figure in another currency: €500 million is not $500 million',
      a: pledge(['netherlands'], {
        ...nok(500e6),
        currency: 'EUR',
        eur: { amount: 500e6, rate: 1, rateDate: '2025-08-04' },
      }),
      b: pledge(['norway'], {
        ...nok(500e6),
        currency: 'USD',
        eur: { amount: 428.19e6, rate: 1.1677, rateDate: '2025-07-01' },
      }),
      weight: undefined,
    },
    {
      name: 'one donor’s share of a package its partners announced is a part, not apart',
      a: pledge(['denmark'], { ...nok(90e6), currency: 'USD' }),
      b: pledge(['norway', 'sweden', 'denmark'], { ...nok(500e6), currency: 'USD' }),
      weight: undefined,
    },
    {
      name: 'a smaller amount from a donor the package does not name is apart',
      a: pledge(['finland'], { ...nok(90e6), currency: 'USD' }),
      b: pledge(['norway', 'sweden', 'denmark'], { ...nok(500e6), currency: 'USD' }),
      weight: -0.3,
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
  it('says which euro values met, so an editor can check them', () => {
    const a = pledge(['denmark'], {
      ...nok(100e6),
      currency: 'USD',
      raw: '$100 million',
      eur: { amount: 92.39e6, rate: 1.0824, rateDate: '2024-01-01' },
    })
    const b = pledge(['denmark'], {
      ...nok(90e6),
      currency: 'EUR',
      raw: '€90 million',
      eur: { amount: 90e6, rate: 1, rateDate: '2024-05-02' },
    })
    expect(money(a, b)?.reason).toBe('same amount in euros ($100 million ≈ €92m and €90 million)')
  })
})
