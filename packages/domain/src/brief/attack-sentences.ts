import type { Attack } from '../attack.ts'
import { deriveFacts } from '../disputes.ts'
import type { IsoDate } from '../iso-date.ts'
import { measureBounds } from '../measure.ts'
import type { AnyClaim } from '../record.ts'
import { type BriefPart, type BriefSentence, sentence, words } from './brief.ts'
import { type BriefSources, cited } from './cite.ts'
import { count, datePhrase, dayPhrase } from './phrases.ts'
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

/** Launched, intercepted and hit counts, each fact as derived (disputed ones say so). */
const airParts = (attack: Attack, sources: BriefSources): BriefPart[] =>
  deriveFacts(attack)
    .filter((f) => f.fact === 'launched' || f.fact === 'intercepted' || f.fact === 'hit')
    .flatMap((f) => {
      const ids = f.positions.flatMap((p) => p.claims.map((c) => c.id))
      const claims = attack.claims.filter((c) => ids.includes(c.id))
      const shownId = f.positions[0]?.claims.find((c) => c.value === f.positions[0]?.value)?.id
      const shown = claims.find((c) => c.id === shownId)
      if (!shown) return []
      // "launched 40 drones" but "2 missiles hit their targets": a hit is said after its count
      const text =
        f.status === 'disputed'
          ? `${f.fact === 'hit' ? 'hits' : f.fact} disputed (${f.positions.length} figures)`
          : f.fact === 'hit'
            ? `${valuePhrase(shown)} hit their targets`
            : `${f.fact} ${valuePhrase(shown)}`
      return [cited(text, attack.id, claims, sources)]
    })

const dateOf = (attack: Attack): AnyClaim | undefined => {
  const fact = deriveFacts(attack).find((f) => f.fact === 'date')
  const id = fact?.positions[0]?.claims[0]?.id
  return fact?.status === 'disputed' ? undefined : attack.claims.find((c) => c.id === id)
}

/** The first day any resolved date claim gives: the day `/v1/stats` counts the attack on. */
const firstDay = (attack: Attack): IsoDate | undefined =>
  attack.claims
    .flatMap((c) => (c.fact === 'date' && c.value.resolved ? [c.value.start] : []))
    .sort()[0]

/**
 * One attack: its title, when, the toll as a band, and the air war's counts. An attack that began
 * before the period (last night's wave in a brief of today) is listed because it reaches into the
 * period, but the period's totals count each attack on its first day: the sentence says so, or
 * the totals would seem to leave it out.
 */
export const attackSentence = (
  attack: Attack,
  sources: BriefSources,
  periodFrom?: IsoDate,
): BriefSentence => {
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
  const began = firstDay(attack)
  if (periodFrom && began && began < periodFrom)
    parts.push(words(` (began ${dayPhrase(began)}, before the period: counted with that day)`))
  parts.push(words('.'))
  return sentence(parts)
}
