import { deriveFacts } from '../disputes.ts'
import type { Statement } from '../statement.ts'
import { type BriefSentence, sentence, words } from './brief.ts'
import { type BriefSources, cited } from './cite.ts'
import { actorName } from './phrases.ts'
import { valuePhrase } from './value-phrase.ts'

const speakerOf = (s: Statement): string =>
  s.speaker.type === 'actor' ? actorName(s.speaker.actorId) : s.speaker.description

/** Words in quotation marks, unless the source's own passage already opens with one. */
const quoted = (text: string) => (/^[“"«]/.test(text) ? text : `“${text}”`)

/**
 * Who said what, in the source's own words: the sentence that reports the statement is quoted
 * verbatim, so the brief never paraphrases a leader.
 */
export const statementSentence = (s: Statement, sources: BriefSources): BriefSentence => {
  const fact = deriveFacts(s).find((f) => f.fact === 'date')
  const [claim] = s.claims
  const when =
    fact && fact.status !== 'disputed'
      ? s.claims.find((c) => c.id === fact.positions[0]?.claims[0]?.id)
      : undefined
  const dated = when?.fact === 'date' && when.value.resolved ? when : undefined
  return sentence([
    words(`${speakerOf(s)} (${s.channel.replace(/-/g, ' ')}, `),
    dated
      ? cited(valuePhrase(dated), s.id, [dated], sources)
      : words(fact?.status === 'disputed' ? 'date disputed' : 'date not given'),
    words('): '),
    ...(claim ? [cited(quoted(claim.quote), s.id, [claim], sources)] : [words(quoted(s.title))]),
  ])
}
