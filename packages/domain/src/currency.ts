import { z } from 'zod'

/**
 * ISO 4217 codes as the JavaScript runtime knows them (ICU's list), so no copy of the standard
 * lives in this repository and every runtime we target (Node, workerd, browsers) agrees.
 */
const knownCurrencies: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'))

export const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as EUR')
  .refine((code) => knownCurrencies.has(code), { message: 'is not an ISO 4217 currency code' })
export type Currency = z.infer<typeof Currency>
