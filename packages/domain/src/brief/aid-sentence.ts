import type { Aid } from '../aid.ts'
import { deriveFacts } from '../disputes.ts'
import { type BriefPart, type BriefSentence, sentence, words } from './brief.ts'
import { type BriefSources, cited } from './cite.ts'
import { sidesOf } from './dispute-sentence.ts'
import { actorName, listPhrase } from './phrases.ts'
import { valuePhrase } from './value-phrase.ts'

const STAGE_WORDS = { request: 'requested', pledge: 'pledged', delivery: 'delivered' } as const

/** The amount: one figure when the sources agree, both sides when they do not. */
const moneyParts = (aid: Aid, sources: BriefSources): BriefPart[] => {
  const fact = deriveFacts(aid).find((f) => f.fact === 'money')
  if (!fact) return []
  if (fact.status === 'disputed')
    return [words(', the amount disputed: '), ...sidesOf(aid, fact, sources)]
  const ids = fact.positions.flatMap((p) => p.claims.map((c) => c.id))
  const claims = aid.claims.filter((c) => ids.includes(c.id))
  const shownId = fact.positions[0]?.claims.find((c) => c.value === fact.value)?.id
  const shown = claims.find((c) => c.id === shownId)
  return shown ? [words(' '), cited(valuePhrase(shown), aid.id, claims, sources)] : []
}

/** "Norway: pledged NOK 1.5 billion (donors Norway) — items: two Patriot systems." */
export const aidSentence = (aid: Aid, sources: BriefSources): BriefSentence => {
  const items = aid.claims.filter((c) => c.fact === 'item')
  const donors = aid.donorIds.length ? ` by ${listPhrase(aid.donorIds.map(actorName))}` : ''
  const money = moneyParts(aid, sources)
  // Without an amount, the stage stands on the record's dated claims (or its first claim).
  const dated = aid.claims.filter((c) => c.fact === 'date' || c.fact === 'period')
  const stageClaims = money.length > 0 ? [] : dated.length ? dated : aid.claims.slice(0, 1)
  return sentence([
    words(`${aid.title}: `),
    stageClaims.length
      ? cited(`${STAGE_WORDS[aid.stage]}${donors}`, aid.id, stageClaims, sources)
      : words(`${STAGE_WORDS[aid.stage]}${donors}`),
    ...money,
    ...(items.length
      ? [
          words('; items: '),
          ...items.flatMap((c, i) => [
            ...(i > 0 ? [words(', ')] : []),
            cited(valuePhrase(c), aid.id, [c], sources),
          ]),
        ]
      : []),
    words('.'),
  ])
}
