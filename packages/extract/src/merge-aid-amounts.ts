import { type Aid, type Currency, eurReferenceRates, type StatedMoney, toEur } from '@sitrep/domain'
import { findMoney } from './money.ts'

/**
 * An amount a report gives, and how far it may bear on a match. `own`: the amount a money claim
 * states, which may count against another. Amounts the claim's sentence names beside it ("SEK
 * 75 billion (EUR 6.5 billion), SEK 25 billion a year") and the total of a yearly sum over the
 * years stated are other readings of one package: they can agree, never count against.
 */
export interface Amount {
  readonly money: StatedMoney
  readonly own: boolean
}

const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 }

/** "a year", "per year", "annually" right after an amount: a yearly instalment. */
const YEARLY = /^\s*(?:a|per|each|every)\s+year\b|^\s*annually\b/i

/**
 * The years a sentence says a sum is spread over: "over three years", "a three-year framework",
 * "2024 to 2026"; undefined when it says none or just one.
 */
export const yearsStated = (quote: string): number | undefined => {
  const word = /\b(two|three|four|five|[2-5])[-\s]years?\b/i.exec(quote)?.[1]?.toLowerCase()
  if (word) return NUMBERS[word] ?? Number(word)
  const span = /\b(20\d\d)\s*(?:to|-|–|through|until)\s*(20\d\d)\b/.exec(quote)
  const years = span ? Number(span[2]) - Number(span[1]) + 1 : 0
  return years >= 2 && years <= 5 ? years : undefined
}

const scaled = (m: StatedMoney, by: number, raw: string): StatedMoney => ({
  ...m,
  amount: m.amount * by,
  ...(m.sourceConversion
    ? { sourceConversion: { ...m.sourceConversion, amount: m.sourceConversion.amount * by } }
    : {}),
  ...(m.eur ? { eur: { ...m.eur, amount: m.eur.amount * by } } : {}),
  raw,
})

const key = (m: StatedMoney) => `${m.amount}|${m.currency}`

/** Donors whose own money is a dollar: their ministers and press say "$" for it. */
const DONOR_DOLLARS: Readonly<Record<string, Currency>> = { australia: 'AUD', canada: 'CAD' }

/** "$245 million", "about 100 million dollars": no country named ("US$", "U.S. dollars" are). */
const BARE_DOLLAR =
  /^(?:(?:about|around|some|approximately|nearly|almost|over|more than|up to)\s+)?\$|^(?![\s\S]*\b(?:U\.?S\.?|American)\s+dollars?)[\s\S]*\bdollars?\b/i

/**
 * Australia's "$245 million" is in Australian dollars as often as not, and AP's "$163 million"
 * for the same tanks in US ones; the extractor reads a bare "$" as US dollars. For a donor whose
 * money is a dollar, a bare dollar amount is also read in the donor's dollars, priced on the
 * same day: another reading that can agree, never one that counts against.
 */
const donorDollars = (r: Aid, m: StatedMoney): StatedMoney | undefined => {
  const currencies = new Set(r.donorIds.map((d) => DONOR_DOLLARS[d]))
  const [currency] = currencies
  if (currencies.size !== 1 || !currency || m.currency !== 'USD' || !BARE_DOLLAR.test(m.raw ?? ''))
    return undefined
  const { eur: _, sourceConversion: __, ...rest } = m
  const priced = m.eur
    ? toEur({ amount: m.amount, currency }, m.eur.rateDate, eurReferenceRates)
    : undefined
  return {
    ...rest,
    currency,
    ...(priced?.ok ? { eur: priced.value } : {}),
    raw: `${m.raw ?? m.amount} (${currency})`,
  }
}

/**
 * The amounts of an aid record: its claims', those beside them and yearly sums' totals. A
 * claim's yearly sum is not the package's total, so it too only agrees. The extractor keeps no
 * yearly rate as a money claim ("SEK 25 billion a year over three years"), so a record's other
 * sentences are read for one too: the rate and its total over the years stated.
 */
export const amountsOf = (r: Aid): Amount[] => {
  const found: Amount[] = []
  const add = (money: StatedMoney, own: boolean) => {
    if (!found.some((a) => key(a.money) === key(money))) found.push({ money, own })
  }
  const claims = r.claims.flatMap((c) =>
    c.fact === 'money' && c.value.kind === 'amount' ? [{ money: c.value, quote: c.quote }] : [],
  )
  const priced = new Set(claims.map((c) => c.quote))
  const others = [...new Set(r.claims.map((c) => c.quote))].filter((q) => !priced.has(q))
  const beside: StatedMoney[] = []
  const yearly = new Set<string>()
  const read = (quote: string, rateDate: string | undefined, onlyYearly: boolean) => {
    for (const mention of findMoney(quote, rateDate)) {
      const m = mention.money
      if (m.per !== 'total') continue
      const years = YEARLY.test(quote.slice(mention.end)) ? yearsStated(quote) : undefined
      if (!onlyYearly) beside.push(m)
      if (!years) continue
      if (onlyYearly) beside.push(m)
      yearly.add(key(m))
      beside.push(scaled(m, years, `${m.raw ?? m.amount} a year × ${years} years`))
    }
  }
  for (const { money, quote } of claims) read(quote, money.eur?.rateDate, false)
  for (const quote of others) read(quote, undefined, true)
  for (const { money } of claims) add(money, !yearly.has(key(money)))
  for (const m of beside) add(m, false)
  for (const { money } of [...found]) {
    const theirs = donorDollars(r, money)
    if (theirs) add(theirs, false)
  }
  return found
}
