import type { TalkClaim } from '@sitrep/domain'

type OutcomeValue = Extract<TalkClaim, { fact: 'outcome' }>['value']

/** "no decisive progress", "no breakthrough on the ceasefire": a round that got nowhere. */
const NO_PROGRESS =
  /\bno\s+(?:(?:decisive|real|significant|substantial|major|tangible|concrete|visible|serious)\s+)?(?:progress|breakthrough)\b(?:\s+(?:on|toward|towards|in|over)\s+[^.;,]+)?/i

/** "no breakthrough is expected", "hopes of no progress": a forecast, not what came of a round. */
const FORECAST = /^[^.;,]{0,30}?\b(?:is|are|was|were)\s+(?:expected|likely|anticipated)\b/i

/** "it was not possible to agree on corridors", "they could not agree on a truce". */
const NOT_AGREED =
  /\b(?:not possible|impossible|unable|failed|could not|couldn[’']t|did not|didn[’']t|cannot|can[’']t)\s+(?:to\s+)?agree\s+(?:on|to|about)\s+[^.;,]+?(?=\s+(?:but|while|although|though|and agreed)\b|[.;,]|$)/i

/** "several difficult issues still require work", "key questions remain unresolved". */
const ISSUES_LEFT =
  /\b(?:some|several|many|a number of|key|major|the main)\s+(?:(?:tough|difficult|hard|thorny|outstanding|unresolved|sensitive|key)\s+)?(?:issues|questions|points|differences)\s+(?:that\s+)?(?:still|remain)\b[^.;,]*/i

/** "did not produce a breakthrough", "yielded no results", "achieved very little on a truce". */
const NO_RESULT =
  /\b(?:(?:did not|didn[’']t|failed to|could not|couldn[’']t)\s+(?:produce|yield|bring|deliver|achieve|result in)\s+(?:any\s+|an?\s+)?(?:(?:major|real|significant|tangible|concrete|political)\s+)?(?:breakthrough|results?|progress|agreement|deal)|(?:produced|yielded|brought|delivered)\s+no\s+(?:(?:major|real|significant|tangible|concrete|political)\s+)?(?:breakthrough|results?|progress|agreement|deal|settlement)|achieved\s+(?:very\s+)?little)\b(?:\s+(?:on|toward|towards|in|over|regarding|for)\s+[^.;,]+)?/i

const EARLIER_ROUNDS =
  /\b(?:previous|earlier|past|prior|last)\s+(?:\w+\s+)?(?:rounds|meetings|talks|negotiations)\b/i

/** "a lot more work needs to be done", "much work remains": the round left work undone. */
const WORK_LEFT =
  /\b(?:(?:a lot|much|lots|plenty) (?:more )?work|more work)\s+(?:still\s+)?(?:needs to be done|remains|is needed|lies ahead|to be done)\b/i

/**
 * How far a round fell short, itself an outcome as the corpus counts it: "there was no decisive
 * progress", "It was also not possible to agree on humanitarian corridors for Mariupol".
 */
export const shortfallsIn = (content: string): OutcomeValue[] => {
  const out: OutcomeValue[] = []
  const none = NO_PROGRESS.exec(content)
  if (none && !FORECAST.test(content.slice(none.index + none[0].length)))
    out.push({ type: 'other', text: sentenceCase(none[0]) })
  const disagreed = NOT_AGREED.exec(content)
  if (disagreed) out.push({ type: 'other', text: sentenceCase(disagreed[0]) })
  const left = ISSUES_LEFT.exec(content)
  if (left) out.push({ type: 'other', text: sentenceCase(left[0]) })
  // "The two previous rounds did not yield a breakthrough": rounds the news is not about
  const little = none || EARLIER_ROUNDS.test(content) ? null : NO_RESULT.exec(content)
  if (little && !FORECAST.test(content.slice(little.index + little[0].length)))
    out.push({ type: 'other', text: sentenceCase(little[0]) })
  const work = WORK_LEFT.exec(content)
  if (work) out.push({ type: 'other', text: sentenceCase(work[0]) })
  return out
}

const sentenceCase = (s: string) => {
  const t = s.trim()
  return t.charAt(0).toUpperCase() + t.slice(1)
}
