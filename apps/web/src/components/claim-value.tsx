import type { AnyClaim } from '@sitrep/domain'
import type { Dictionaries } from '../lib/api.ts'
import { formatFuzzyDate } from '../lib/format-date.ts'
import { formatEur, formatMeasure, formatStatedMoney } from '../lib/format-quantity.ts'

const placeNames = (ids: readonly string[], dict: Dictionaries) =>
  ids.map((id) => dict.place(id)?.name ?? id).join(', ')

/** One claim's value in words, whatever fact it is about. */
export function ClaimValue({ claim, dict }: { claim: AnyClaim; dict: Dictionaries }) {
  switch (claim.fact) {
    case 'date':
    case 'period':
      return <>{formatFuzzyDate(claim.value)}</>
    case 'status':
      return (
        <>
          {claim.value.status} <small>as of {claim.value.asOf}</small>
        </>
      )
    case 'agenda':
      return (
        <>
          {claim.value.included ? 'On the agenda: ' : 'Not on the agenda: '}
          {claim.value.topic}
        </>
      )
    case 'outcome':
      return (
        <>
          {claim.value.type === 'not-discussed' ? 'Not discussed: ' : ''}
          {claim.value.text}
        </>
      )
    case 'money':
      return (
        <>
          <span>{formatStatedMoney(claim.value)}</span>
          <span className="eur"> = {formatEur(claim.value)}</span>
        </>
      )
    case 'item':
      return (
        <>
          {claim.value.quantity ? `${formatMeasure(claim.value.quantity)} × ` : ''}
          {claim.value.name}
          {claim.value.unitCost ? ` (${formatStatedMoney(claim.value.unitCost)})` : ''}
        </>
      )
    case 'effect':
      return (
        <>
          {claim.value.description}
          {claim.value.placeIds.length ? ` — ${placeNames(claim.value.placeIds, dict)}` : ''}
          {claim.value.duration ? ` (${claim.value.duration.raw})` : ''}
        </>
      )
    default:
      return (
        <>
          {formatMeasure(claim.value)}
          {claim.value.subject ? ` ${claim.value.subject}` : ''}
          {claim.value.scope
            ? ` in ${dict.place(claim.value.scope)?.name ?? claim.value.scope}`
            : ''}
        </>
      )
  }
}
