import type { DerivedFact } from '../disputes.ts'
import type { AnyClaim, SitrepRecord } from '../record.ts'
import { type BriefPart, type BriefSentence, sentence, words } from './brief.ts'
import { type BriefSources, cited, outletOf } from './cite.ts'
import { attributionPhrase, listPhrase } from './phrases.ts'
import { factLabel, valuePhrase } from './value-phrase.ts'

const isClaimOf = (fact: DerivedFact) => (c: AnyClaim) =>
  c.fact === fact.fact && fact.positions.some((p) => p.claims.some((pc) => pc.id === c.id))

/**
 * Each side of a disputed fact with who says it: "Volodymyr Zelensky, citing Rustem Umerov,
 * says Wednesday 23 July 2025; TASS, citing an unnamed source, Thursday 24 July 2025". The
 * strongest attribution speaks first (positions come ordered so); nothing is resolved.
 */
export const sidesOf = (
  record: SitrepRecord,
  fact: DerivedFact,
  sources: BriefSources,
): BriefPart[] => {
  const mine = record.claims.filter(isClaimOf(fact))
  return fact.positions.flatMap((position, i) => {
    const claims = mine.filter((c) => position.claims.some((pc) => pc.id === c.id))
    const [shown] = claims
    if (!shown) return []
    const who = listPhrase([
      ...new Set(claims.map((c) => attributionPhrase(c, outletOf(sources.get(c.sourceId))))),
    ])
    const verb = i === 0 ? `${who.includes(', citing ') ? ',' : ''} says ` : ', '
    const answer = position.stance ? ` (a ${position.stance})` : ''
    return [
      ...(i > 0 ? [words('; ')] : []),
      cited(`${who}${verb}${valuePhrase(shown)}${answer}`, record.id, claims, sources),
    ]
  })
}

/** "Third round …: the date is disputed: A says X; B, Y." */
export const disputeSentence = (
  record: SitrepRecord,
  fact: DerivedFact,
  sources: BriefSources,
): BriefSentence =>
  sentence([
    words(`${record.title}: ${factLabel(fact.fact, fact.key)} is disputed: `),
    ...sidesOf(record, fact, sources),
    words('.'),
  ])
