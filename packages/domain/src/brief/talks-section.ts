import { deriveFacts } from '../disputes.ts'
import type { AnyClaim } from '../record.ts'
import type { Talk } from '../talk.ts'
import { type BriefPart, type BriefSentence, sentence, words } from './brief.ts'
import { type BriefSources, cited } from './cite.ts'
import { sidesOf } from './dispute-sentence.ts'
import { valuePhrase } from './value-phrase.ts'

type ClaimOf<F extends AnyClaim['fact']> = Extract<AnyClaim, { fact: F }>

const claimsOf = <F extends AnyClaim['fact']>(talk: Talk, fact: F): ClaimOf<F>[] =>
  talk.claims.filter((c): c is Talk['claims'][number] & ClaimOf<F> => c.fact === fact)

/** The claims of a fact's position whose value is the one shown. */
const showing = (talk: Talk, fact: 'status' | 'date', ids: readonly string[]) =>
  talk.claims.filter((c) => c.fact === fact && ids.includes(c.id))

/** "… confirmed as of 21 July 2025": the status every source allows, or the dispute. */
const statusSentence = (talk: Talk, sources: BriefSources): BriefSentence | undefined => {
  const fact = deriveFacts(talk).find((f) => f.fact === 'status')
  if (!fact) return undefined
  if (fact.status === 'disputed')
    return sentence([
      words(`${talk.title}: its status is disputed: `),
      ...sidesOf(talk, fact, sources),
      words('.'),
    ])
  const [position] = fact.positions
  const shownId = position?.claims.find((c) => c.value === position.value)?.id
  const shown = talk.claims.find((c) => c.id === shownId)
  if (!shown) return undefined
  // Every claim saying the same status on the same day stands behind it.
  const same = talk.claims.filter(
    (c) => c.fact === 'status' && valuePhrase(c) === valuePhrase(shown),
  )
  return sentence([
    words(`${talk.title}: `),
    cited(valuePhrase(shown), talk.id, same, sources),
    words('.'),
  ])
}

/** The date as the evidence allows: one date, a dispute with both sides, or unresolved. */
const dateSentence = (talk: Talk, sources: BriefSources): BriefSentence | undefined => {
  const fact = deriveFacts(talk).find((f) => f.fact === 'date')
  if (!fact) return undefined
  if (fact.status === 'disputed')
    return sentence([words('Its date is disputed: '), ...sidesOf(talk, fact, sources), words('.')])
  const ids = fact.positions.flatMap((p) => p.claims.map((c) => c.id))
  const claims = showing(talk, 'date', ids)
  const [first] = claims
  if (first?.fact !== 'date') return undefined
  const resolved = claims.find((c) => c.fact === 'date' && c.value.resolved)
  if (!resolved)
    return sentence([
      words('Its date is unresolved, not guessed: '),
      cited(valuePhrase(first), talk.id, claims, sources),
      words('.'),
    ])
  const tightest = fact.positions[0]?.claims.find((c) => c.value === fact.value)?.id
  const shown = claims.find((c) => c.id === tightest) ?? resolved
  return sentence([
    words('Date: '),
    cited(valuePhrase(shown), talk.id, claims, sources),
    words('.'),
  ])
}

/** Each agenda topic or outcome with its own footnote, joined in one sentence. */
const listSentence = (
  talk: Talk,
  lead: string,
  claims: readonly AnyClaim[],
  sources: BriefSources,
): BriefSentence | undefined => {
  const byPhrase = new Map<string, AnyClaim[]>()
  for (const c of claims) byPhrase.set(valuePhrase(c), [...(byPhrase.get(valuePhrase(c)) ?? []), c])
  if (byPhrase.size === 0) return undefined
  const parts: BriefPart[] = [words(lead)]
  let first = true
  for (const [phrase, backing] of byPhrase) {
    if (!first) parts.push(words('; '))
    parts.push(cited(phrase, talk.id, backing, sources))
    first = false
  }
  parts.push(words('.'))
  return sentence(parts)
}

/** A round of talks: where it stands, when, what is on the table, what came of it. */
export const talkSentences = (talk: Talk, sources: BriefSources): BriefSentence[] =>
  [
    statusSentence(talk, sources),
    dateSentence(talk, sources),
    listSentence(talk, 'Agenda: ', claimsOf(talk, 'agenda'), sources),
    listSentence(talk, 'Outcome: ', claimsOf(talk, 'outcome'), sources),
  ].filter((s): s is BriefSentence => s !== undefined)
