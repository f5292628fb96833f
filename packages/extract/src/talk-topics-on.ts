import type { TalkClaim } from '@sitrep/domain'

type AgendaValue = Extract<TalkClaim, { fact: 'agenda' }>['value']

/**
 * "negotiations between the two delegations on a possible ceasefire", "held talks on
 * humanitarian issues": the topic after "on"; a day ("on the second day"), a date to be set, the
 * sidelines or the soil they sit on is no topic.
 */
const TALKS_ON =
  /\b(?:talks|negotiations|consultations)\b(?:\s+between\s+[^.;]{0,80}?)?\s+(?:on|about)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d|the sidelines|the margins|the phone|the telephone|(?:[\p{Lu}][\p{L}-]+\s+)?(?:soil|territory|ground)\b|(?:the\s+)?(?:same|next|following|previous|first|second|third|fourth|last|final)\s+day|(?:a|the)\s+(?:date|day|time|venue)|behalf)\b)((?:a|an|the|possible|humanitarian|[\p{Ll}-]+)\b[^.;,]*?)(?=\s+(?:could|will|would|is|are|was|were|has|have|had|in|at|on|after|before|since|which|that|opened|began|started|ended|concluded|resumed|continued|kicked|got|wrapped|took|lasted)\b|[.;,]|$)/iu

export const talksOnIn = (content: string): AgendaValue[] => {
  const m = TALKS_ON.exec(content)
  const topic = m?.[1]?.trim()
  return topic && topic.split(/\s+/).length >= 2
    ? [{ topic: topic.charAt(0).toUpperCase() + topic.slice(1), included: true }]
    : []
}
