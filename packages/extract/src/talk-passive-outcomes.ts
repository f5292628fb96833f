import type { TalkClaim } from '@sitrep/domain'

type OutcomeValue = Extract<TalkClaim, { fact: 'outcome' }>['value']

/**
 * "noting that “many points” had been agreed upon", "An exchange of the wounded was agreed": the
 * passive's subject is what the sides agreed. Not "it was agreed that …" (the clause after says
 * what, and the active reading takes it) nor "was not agreed".
 */
const AGREED_PASSIVE =
  /(?:^|\bthat\s+|,\s+|;\s+)([^,.;]+?)\s+(?:was|were|had been|has been|have been)\s+(?:also\s+|already\s+)?agreed(?:\s+(?:upon|on))?\b(?!\s+(?:to|that|with)\b)/i

/** "no date had been agreed", "it was agreed": nothing agreed, or the terms told elsewhere. */
const EMPTY_SUBJECT =
  /^(?:(?:it|this|that|nothing|everything|something|much|little|more|what|which|but|and)$|(?:no|none|neither)\b)/i

export const passiveAgreementsIn = (content: string): OutcomeValue[] => {
  if (!/\bagreed\b/i.test(content)) return []
  const m = AGREED_PASSIVE.exec(content)
  const subject = m?.[1]
    ?.replace(/[“”"]/g, '')
    .replace(/^(?:(?:and|but|while|although|though)\s+)/i, '')
    .trim()
  if (!subject || EMPTY_SUBJECT.test(subject) || subject.split(/\s+/).length > 14) return []
  return [{ type: 'agreement', text: subject.charAt(0).toUpperCase() + subject.slice(1) }]
}
