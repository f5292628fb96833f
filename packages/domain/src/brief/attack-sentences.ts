import type { Attack } from '../attack.ts'
import { deriveFacts } from '../disputes.ts'
import { measureBounds } from '../measure.ts'
import type { AnyClaim } from '../record.ts'
import { type BriefPart, type BriefSentence, sentence, words } from './brief.ts'
import { type BriefSources, cited } from './cite.ts'
import { count, datePhrase } from './phrases.ts'
import { valuePhrase } from './value-phrase.ts'

type CountClaim = Extract<Attack['claims'][number], { fact: 'killed' | 'injured' }>

const countryOf = (attack: Attack) =>
  attack.targetId === 'ukraine' ? 'ua' : attack.targetId === 'russia' ? 'ru' : undefined

/**
 * The toll as the band the evidence allows (casualty-bounds.ts): the highest floor any claim
 * gives, and the lowest cap a claim for the whole country gives. "2 killed" when they meet,
 * "at least 2 killed, up to 3 by one source" when they do not, "at least 2" with no cap.
 * Each end cites the claims that set it.
 */
export const tollPart = (
  attack: Attack,
  fact: 'killed' | 'injured',
  sources: BriefSources,
): BriefPart | undefined => {
  const claims = attack.claims.filter((c): c is CountClaim => c.fact === fact)
  if (claims.length === 0) return undefined
  const low = Math.max(...claims.map((c) => measureBounds(c.value).low))
  const country = countryOf(attack)
  const capping = claims.filter((c) => c.value.scope === undefined || c.value.scope === country)
  const caps = capping.map((c) => measureBounds(c.value).high).filter(Number.isFinite)
  const high = caps.length ? Math.max(low, Math.min(...caps)) : undefined
  const atLow = claims.filter((c) => measureBounds(c.value).low === low)
  const atHigh = capping.filter((c) => measureBounds(c.value).high === high)
  if (high === low)
    return cited(`${count(low)} ${fact}`, attack.id, [...new Set([...atLow, ...atHigh])], sources)
  if (high === undefined) return cited(`at least ${count(low)} ${fact}`, attack.id, atLow, sources)
  const sayers = new Set(atHigh.map((c) => c.sourceId)).size
  const by = sayers === 1 ? 'by one source' : `by ${count(sayers)} sources`
  return cited(
    `at least ${count(low)} ${fact}, up to ${count(high)} ${by}`,
    attack.id,
    [...new Set([...atLow, ...atHigh])],
    sources,
  )
}

/** Launched and intercepted counts, each fact as derived (disputed ones say so). */
const airParts = (attack: Attack, sources: BriefSources): BriefPart[] =>
  deriveFacts(attack)
    .filter((f) => f.fact === 'launched' || f.fact === 'intercepted')
    .flatMap((f) => {
      const ids = f.positions.flatMap((p) => p.claims.map((c) => c.id))
      const claims = attack.claims.filter((c) => ids.includes(c.id))
      const shownId = f.positions[0]?.claims.find((c) => c.value === f.positions[0]?.value)?.id
      const shown = claims.find((c) => c.id === shownId)
      if (!shown) return []
      const text =
        f.status === 'disputed'
          ? `${f.fact} disputed (${f.positions.length} figures)`
          : `${f.fact} ${valuePhrase(shown)}`
      return [cited(text, attack.id, claims, sources)]
    })

const dateOf = (attack: Attack): AnyClaim | undefined => {
  const fact = deriveFacts(attack).find((f) => f.fact === 'date')
  const id = fact?.positions[0]?.claims[0]?.id
  return fact?.status === 'disputed' ? undefined : attack.claims.find((c) => c.id === id)
}

/** One attack: its title, when, the toll as a band, and the air war's counts. */
export const attackSentence = (attack: Attack, sources: BriefSources): BriefSentence => {
  const date = dateOf(attack)
  const details = [
    tollPart(attack, 'killed', sources),
    tollPart(attack, 'injured', sources),
    ...airParts(attack, sources),
  ].filter((p): p is BriefPart => p !== undefined)
  const parts: BriefPart[] = [words(attack.title)]
  if (date?.fact === 'date')
    parts.push(words(', '), cited(datePhrase(date.value), attack.id, [date], sources))
  details.forEach((p, i) => {
    parts.push(words(i === 0 ? ': ' : '; '), p)
  })
  parts.push(words('.'))
  return sentence(parts)
}
