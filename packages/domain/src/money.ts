import { z } from 'zod'
import { Currency } from './currency.ts'
import { IsoDate } from './iso-date.ts'
import { type Bounds, Qualifier, qualifiedBounds } from './qualifier.ts'

/** Larger than any aid package (the EU's €50bn facility is 5e10); above it is a typo. */
export const MAX_AMOUNT = 1e13

const amount = z.number().positive('must be positive').max(MAX_AMOUNT).finite()

/** An amount in one currency, as plain numbers in major units ("5000000000" EUR). */
export const CurrencyAmount = z.strictObject({ amount, currency: Currency })
export type CurrencyAmount = z.infer<typeof CurrencyAmount>

/** The euro value sitrep computed, with the rate and the day that rate is for. */
export const EurValue = z.strictObject({
  amount: z.number().nonnegative().max(MAX_AMOUNT).finite(),
  /** Units of the original currency per euro (1 for EUR). */
  rate: z.number().positive().finite(),
  rateDate: IsoDate,
})
export type EurValue = z.infer<typeof EurValue>

const stated = z.strictObject({
  kind: z.literal('amount'),
  amount,
  currency: Currency,
  qualifier: Qualifier,
  /** "around €1 billion each": the amount is per unit of the items it pays for. */
  per: z.enum(['total', 'unit']),
  /** The source's own conversion, kept as printed: "($5.84 billion)". */
  sourceConversion: CurrencyAmount.optional(),
  eur: EurValue.optional(),
  raw: z.string().min(1).max(200).optional(),
})

/** "A considerable financial contribution": money is promised, the amount is not known. */
const unspecified = z.strictObject({
  kind: z.literal('unspecified'),
  description: z.string().min(1).max(300),
})

export const Money = z.discriminatedUnion('kind', [stated, unspecified]).meta({ id: 'Money' })
export type Money = z.infer<typeof Money>
export type StatedMoney = Extract<Money, { kind: 'amount' }>

export const moneyBounds = (m: StatedMoney): Bounds => qualifiedBounds(m.qualifier, m.amount, false)
