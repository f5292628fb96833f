import type { AidAccumulator } from './aid-forum.ts'

/** Dollars of another country than the United States: "C$64.8 million", "34 million Canadian dollars". */
const OTHER_DOLLARS = new Set(['CAD', 'AUD', 'NZD', 'HKD', 'SGD'])

/**
 * "Canada is providing 34 million Canadian dollars …", then the press release's "about $34
 * million": a bare dollar sign after a sum in another country's dollars, with the same number,
 * is that sum in those dollars, not a second payment in US dollars ("US$" and "USD" stay).
 */
export const sameDollars = (all: AidAccumulator[]): AidAccumulator[] => {
  const other = new Map<number, string>()
  for (const acc of all)
    for (const c of acc.claims)
      if (c.fact === 'money' && c.value.kind === 'amount' && OTHER_DOLLARS.has(c.value.currency))
        other.set(c.value.amount, c.value.currency)
  if (other.size === 0) return all
  for (const acc of all)
    acc.claims = acc.claims.map((c) => {
      if (c.fact !== 'money' || c.value.kind !== 'amount' || c.value.currency !== 'USD') return c
      const currency = other.get(c.value.amount)
      const bare =
        /^(?:(?:about|around|some|approximately|nearly|almost|over|more than|up to)\s+)?\$/i
      return currency && bare.test(c.value.raw ?? '')
        ? { ...c, value: { ...c.value, currency } }
        : c
    })
  return all
}
