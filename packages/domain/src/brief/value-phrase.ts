import type { Measure } from '../measure.ts'
import type { AnyClaim } from '../record.ts'
import { datePhrase, dayPhrase, measurePhrase, moneyPhrase, placeName } from './phrases.ts'

/** "74 drones in Russia": the count, what is counted, and where, as the claim scopes it. */
export const scopedMeasurePhrase = (m: Measure): string =>
  `${measurePhrase(m)}${m.subject ? ` ${m.subject}` : ''}${m.scope ? ` in ${placeName(m.scope)}` : ''}`

/** A claim's value in words, as precise as the claim and no more. */
export const valuePhrase = (claim: AnyClaim): string => {
  switch (claim.fact) {
    case 'date':
    case 'period':
      return datePhrase(claim.value)
    case 'killed':
    case 'injured':
    case 'launched':
    case 'intercepted':
    case 'hit':
    case 'attendance':
      return scopedMeasurePhrase(claim.value)
    case 'status':
      return `${claim.value.status} as of ${dayPhrase(claim.value.asOf)}`
    case 'agenda':
      return claim.value.included ? claim.value.topic : `${claim.value.topic} (not on the agenda)`
    case 'outcome':
      return claim.value.text
    case 'money':
      return moneyPhrase(claim.value)
    case 'item':
      return claim.value.quantity
        ? `${measurePhrase(claim.value.quantity)} ${claim.value.name}`
        : claim.value.name
    case 'effect':
      return claim.value.description
  }
}

/** What a fact is called in a sentence: "the date", "the number killed in Kyiv". */
export const factLabel = (fact: string, key: string): string => {
  const [scope = '*'] = key.split('|')
  const where = scope !== '*' && scope !== '' ? ` in ${placeName(scope)}` : ''
  switch (fact) {
    case 'killed':
    case 'injured':
    case 'launched':
    case 'intercepted':
      return `the number ${fact}${where}`
    case 'hit':
      return `the number that hit their targets${where}`
    case 'money':
      return 'the amount'
    default:
      return `the ${fact}`
  }
}
