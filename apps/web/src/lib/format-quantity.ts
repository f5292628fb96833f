import type { Measure, Money, Qualifier } from '@sitrep/domain'

const qualifierWords: { [Q in Qualifier]: string } = {
  exact: '',
  'at-least': 'at least ',
  over: 'over ',
  'at-most': 'at most ',
  under: 'under ',
  about: 'about ',
}

const count = new Intl.NumberFormat('en-GB')

/** A plain count with thousands separated, as the lists write their totals: "6,771". */
export const formatCount = (n: number): string => count.format(n)

/** A count as the source qualified it: "at least 1", "2–5", "15". */
export const formatMeasure = (m: Measure): string =>
  m.qualifier === 'range'
    ? `${count.format(m.min)}–${count.format(m.max)}`
    : `${qualifierWords[m.qualifier]}${count.format(m.value)}`

const compactMoney = (amount: number, currency: string) =>
  new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency,
    notation: 'compact',
    compactDisplay: 'long',
    maximumSignificantDigits: 4,
  }).format(amount)

/** Money as the source stated it, qualifier and its own conversion included. */
export const formatStatedMoney = (m: Money): string => {
  if (m.kind === 'unspecified') return `${m.description} (amount not stated)`
  const stated = `${qualifierWords[m.qualifier]}${compactMoney(m.amount, m.currency)}${m.per === 'unit' ? ' each' : ''}`
  const theirs = m.sourceConversion
    ? ` (${compactMoney(m.sourceConversion.amount, m.sourceConversion.currency)} as printed)`
    : ''
  return stated + theirs
}

/** The normalised euro value with the day of its rate, or why there is none. */
export const formatEur = (m: Money): string => {
  if (m.kind === 'unspecified') return 'no amount'
  const each = m.per === 'unit' ? ' each' : ''
  if (!m.eur)
    return m.currency === 'EUR'
      ? `${compactMoney(m.amount, 'EUR')}${each} (stated in euros)`
      : 'no euro rate on file'
  const rate =
    m.currency === 'EUR'
      ? `stated in euros, ${m.eur.rateDate}`
      : `at ${m.eur.rate} ${m.currency}/EUR of ${m.eur.rateDate}`
  return `${compactMoney(m.eur.amount, 'EUR')}${each} (${rate})`
}

export const formatEurAmount = (amount: number): string => compactMoney(amount, 'EUR')
