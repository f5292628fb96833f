import type { AnyClaim, FuzzyDate, Measure, Money } from '@sitrep/domain'

/** Place names for scopes ("Kyiv", "Ukraine"); the dictionaries hook supplies it. */
export type PlaceName = (id: string) => string

const qualifierWords = {
  exact: '',
  'at-least': 'at least ',
  over: 'over ',
  'at-most': 'at most ',
  under: 'under ',
  about: 'about ',
} as const

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 2 })
const whole = new Intl.NumberFormat('en')

export const formatDate = (date: FuzzyDate): string => {
  if (!date.resolved) return `"${date.raw}" (unresolved)`
  const span = date.start === date.end ? date.start : `${date.start}–${date.end}`
  return date.precision === 'day' ? span : `${span} (${date.precision})`
}

export const formatMeasure = (m: Measure, placeName: PlaceName): string => {
  const count =
    m.qualifier === 'range'
      ? `${whole.format(m.min)}–${whole.format(m.max)}`
      : `${qualifierWords[m.qualifier]}${whole.format(m.value)}`
  const subject = m.subject ? ` ${m.subject}` : ''
  return `${count}${subject}${m.scope ? ` (${placeName(m.scope)})` : ''}`
}

export const formatMoney = (money: Money): string => {
  if (money.kind === 'unspecified') return `${money.description} (amount not stated)`
  const stated = `${qualifierWords[money.qualifier]}${compact.format(money.amount)} ${money.currency}`
  const each = money.per === 'unit' ? ' each' : ''
  const eur =
    money.eur && money.currency !== 'EUR'
      ? ` ≈ €${compact.format(money.eur.amount)} (${money.eur.rateDate})`
      : ''
  return `${stated}${each}${eur}`
}

/** A claim's value in a line of text, as a duty officer reads it. */
export const formatClaimValue = (claim: AnyClaim, placeName: PlaceName): string => {
  switch (claim.fact) {
    case 'date':
    case 'period':
      return formatDate(claim.value)
    case 'status':
      return `${claim.value.status} as of ${claim.value.asOf}`
    case 'agenda':
      return `${claim.value.included ? '' : 'not on agenda: '}${claim.value.topic}`
    case 'outcome':
      return `${claim.value.type}: ${claim.value.text}`
    case 'money':
      return formatMoney(claim.value)
    case 'item': {
      const quantity = claim.value.quantity
        ? `${formatMeasure(claim.value.quantity, placeName)} × `
        : ''
      return `${quantity}${claim.value.name}`
    }
    case 'effect':
      return claim.value.description
    case 'attendance':
    case 'killed':
    case 'injured':
    case 'launched':
    case 'intercepted':
    case 'hit':
      return formatMeasure(claim.value, placeName)
  }
}
