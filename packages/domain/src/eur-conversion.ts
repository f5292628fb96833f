import Big from 'big.js'
import type { Currency } from './currency.ts'
import type { IsoDate } from './iso-date.ts'
import type { EurValue, StatedMoney } from './money.ts'

/** One published rate: units of `currency` per euro over the period start..end (inclusive). */
export interface EurRate {
  readonly currency: Currency
  readonly start: IsoDate
  readonly end: IsoDate
  readonly rate: number
}

export type EurConversion =
  | { readonly ok: true; readonly value: EurValue }
  | { readonly ok: false; readonly reason: 'no-rate'; readonly currency: Currency }

const days = (a: IsoDate, b: IsoDate) => (Date.parse(b) - Date.parse(a)) / 86_400_000

/**
 * The rate for a day: the narrowest period that contains it, else the nearest earlier period.
 * A later rate is never used for an earlier day: it would not have been known then.
 */
export const rateFor = (
  currency: Currency,
  on: IsoDate,
  rates: readonly EurRate[],
): EurRate | undefined => {
  let containing: EurRate | undefined
  let earlier: EurRate | undefined
  for (const r of rates) {
    if (r.currency !== currency) continue
    if (r.start <= on && on <= r.end) {
      if (!containing || days(r.start, r.end) < days(containing.start, containing.end))
        containing = r
    } else if (r.end < on && (!earlier || r.end > earlier.end)) earlier = r
  }
  return containing ?? earlier
}

/**
 * The euro value of an amount on a day. Decimal arithmetic (big.js) keeps "€5 billion" exact and
 * rounds the result once, to cents.
 */
export const toEur = (
  money: Pick<StatedMoney, 'amount' | 'currency'>,
  on: IsoDate,
  rates: readonly EurRate[],
): EurConversion => {
  if (money.currency === 'EUR')
    return { ok: true, value: { amount: money.amount, rate: 1, rateDate: on } }
  const rate = rateFor(money.currency, on, rates)
  if (!rate) return { ok: false, reason: 'no-rate', currency: money.currency }
  const amount = new Big(money.amount).div(rate.rate).round(2).toNumber()
  return { ok: true, value: { amount, rate: rate.rate, rateDate: rate.start } }
}
