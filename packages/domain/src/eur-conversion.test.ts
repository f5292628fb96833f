import { describe, expect, it } from 'vitest'
import { rateFor, toEur } from './eur-conversion.ts'
import { eurReferenceRates } from './rates/eur-reference-rates.ts'

describe('toEur converts with a shipped rate and says which rate it used', () => {
  it('leaves euros as they are, rate 1 on the day', () => {
    expect(toEur({ amount: 5e9, currency: 'EUR' }, '2025-07-21', eurReferenceRates)).toEqual({
      ok: true,
      value: { amount: 5e9, rate: 1, rateDate: '2025-07-21' },
    })
  })

  it('converts the source’s $5.84 billion with July 2025’s rate to about €5 billion', () => {
    const result = toEur({ amount: 5.84e9, currency: 'USD' }, '2025-07-21', eurReferenceRates)
    expect(result.ok && result.value.rateDate).toBe('2025-07-01')
    expect(result.ok && Math.abs(result.value.amount - 5e9) / 5e9).toBeLessThan(0.01)
  })

  it('rounds once, to cents', () => {
    const rates = [{ currency: 'USD', start: '2024-01-01', end: '2024-12-31', rate: 3 }]
    expect(toEur({ amount: 10, currency: 'USD' }, '2024-06-01', rates)).toEqual({
      ok: true,
      value: { amount: 3.33, rate: 3, rateDate: '2024-01-01' },
    })
  })

  it('prefers the narrowest period containing the day, and never a later rate for an earlier day', () => {
    expect(rateFor('USD', '2025-07-21', eurReferenceRates)?.start).toBe('2025-07-01')
    expect(rateFor('USD', '2025-03-01', eurReferenceRates)?.start).toBe('2024-01-01')
    expect(rateFor('USD', '2021-06-01', eurReferenceRates)).toBeUndefined()
  })

  it('says so when it has no rate, instead of guessing', () => {
    expect(toEur({ amount: 1, currency: 'UAH' }, '2025-07-21', eurReferenceRates)).toEqual({
      ok: false,
      reason: 'no-rate',
      currency: 'UAH',
    })
  })
})
