import type { TalkStatus } from '@sitrep/domain'
import { fastBounds } from './fast-bounds.ts'

/**
 * The status a sentence gives the upcoming round, strongest wording first. The talk reader asks
 * up to three times for the same sentence: the patterns run once.
 */
export const statusIn = (content: string): TalkStatus | undefined => {
  if (lastStatus?.content === content) return lastStatus.status
  const status = readStatus(content)
  lastStatus = { content, status }
  return status
}
let lastStatus: { readonly content: string; readonly status: TalkStatus | undefined } | undefined

/** "following talks … on Tuesday": talks the news came out of. */
const AFTER_TALKS_ON_DAY = fastBounds(
  /\b(?:following|after|followed) (?:[\p{L}-]+ ){0,2}(?:talks|negotiations|discussions|meetings?)\b[^.;]{0,120}\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/iu,
)

/** "the conclusion of the Geneva talks": the noun tells the round is over. */
const CONCLUSION_OF_TALKS =
  /\bconclusion of (?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:talks|negotiations|round|meeting|consultations)\b/iu

/** "The Kremlin confirmed that Witkoff will meet Putin": a meeting confirmed, not an outcome. */
const CONFIRMED_MEETING =
  /\bconfirm(?:ed|s)\s+that\b[^.;]{0,80}?\b(?:(?:will|would|is to|are to)\s+(?:meet|visit|hold|take place|be held|go ahead|start|begin)|(?:is|are)\s+(?:scheduled|planned|set)\s+(?:for|to)|(?:is|are)\s+due\s+to)\b/i

/** "two days of discussions", "12 hours of talks": a spell at the table, so the talks were held. */
const SPELL_OF_TALKS =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:days|hours) of (?:[\p{L}-]+ )?(?:talks|negotiations|discussions|meetings)\b/iu

/** "talks with Ukraine held yesterday in Turkey"; "talks to be held in Doha" are still to come. */
const TALKS_HELD =
  /\b(?:talks|negotiations|discussions|meetings?|round)\b[^.;]{0,30}?(?<!\bbe\s)\bheld\s+(?:yesterday|today|earlier|last|on|in|at)\b/i

const TO_HOLD_TALKS =
  /\bto (?:hold|resume|start|begin) (?:(?:new|fresh|further|more|direct|another|a|the|peace|their)\s+){0,2}(?:round of )?(?:talks|negotiations)\b/i

const RECEIVED_GUEST =
  /\breceived\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){1,4}(?:in|at)\s+(?:the\s+)?\p{Lu}/u

const readStatus = (content: string): TalkStatus | undefined => {
  // "canceled", "cancels": the American spellings call talks off as much as "cancelled"
  const notCancelled = /\b(?:not|never) (?:been )?(?:cancell?ed|called off)\b/i.test(content)
  if (/\b(?:cancell?ed|cancels|called off|scrapped|shelved)\b/i.test(content) && !notCancelled)
    return 'cancelled'
  // "the meeting scheduled for Thursday will not take place"
  if (
    /\b(?:will|would) not (?:take place|be held|go ahead)\b|\bwon[’']t (?:take place|be held|go ahead)\b/i.test(
      content,
    )
  )
    return 'cancelled'
  // "the talks have been suspended", "put on hold", "paused": off for now, to resume later
  if (
    /\b(?:postponed|delayed|put off|rescheduled|pushed back|suspended|paused|on hold)\b/i.test(
      content,
    )
  )
    return 'postponed'
  if (/\bno (?:official )?confirmation\b/i.test(content)) return 'announced'
  // "in light of a new round of talks being held in Istanbul": under way as the report is
  // written, whatever else the sentence says was announced
  if (
    /\b(?:talks|negotiations|meeting|round)\b[^.;]{0,40}\b(?:being held|under way|taking place)\b/i.test(
      content,
    )
  )
    return 'held'
  // "the conclusion of the Geneva talks was also confirmed": the round is over, as confirmed
  if (CONCLUSION_OF_TALKS.test(content)) return 'concluded'
  // "confirmed that both sides had agreed …" confirms an outcome, not that a meeting is on;
  // "confirmed that Witkoff will meet Putin" confirms the meeting
  if (
    /\bconfirm(?:ed|s)\b(?! that\b)/i.test(content) ||
    CONFIRMED_MEETING.test(content) ||
    /\b(?:talks|meeting|round|negotiations)\b[^.]{0,40}\b(?:was|were|has been|have been) confirmed\b/i.test(
      content,
    )
  )
    return 'confirmed'
  if (
    /\b(?:is|are|was|were) slated\b|\bwill send (?:a|its|their) delegation\b|\b(?:will|would) (?:take place|be held|start|begin|resume|reconvene|meet|hold (?:(?:a|an|the|their|[\w-]+) ){0,3}(?:talks|negotiations|round|meeting|consultations))\b|\bagreed (?:on|to hold) (?:a|the) (?:next|new|further) round\b|\b(?:is|are|was|were) (?:scheduled|planned|set|due|expected) (?:for|to)\b|\b(?:is|are) (?:planned|scheduled) in\b|\b(?:is|are) (?:expected|anticipated) (?:next|this|later|soon|shortly|in the (?:coming|near))\b|\bshould (?:begin|start|take place|be held|resume|reconvene)\b|\bwill sit (?:down )?at the negotiat\w* table\b|\b(?:next|new|upcoming) (?:round|meeting)\b[^.;]{0,80}\b(?:may|might|could|(?:is|are) likely to) (?:take place|be held)\b|\b(?:plans?|agreed|prepares?|preparing) to meet\b|\bannounced\b(?!\s+that\b)|\b(?:meeting|talks|negotiations|summit|round)\b[^.;]{0,60}?\bscheduled (?:for|on)\b|\b(?:will (?:travel|fly|go|head)|(?:is|are) (?:travell?ing|heading|flying|en route))\b[^.;]{0,60}?\bfor (?:[\w-]+ ){0,2}(?:meeting|talks|negotiations|summit)\b/i.test(
      content,
    )
  )
    return 'announced'
  // "During negotiations in Istanbul, both sides agreed to …": the round that reached it was held
  if (
    /^(?:During|At|In the course of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}(?:talks|negotiations|meeting)\b[^,]{0,60},[^.]*\b(?:agreed|reached)\b/iu.test(
      content,
    )
  )
    return 'held'
  // "wrapped up talks", "the second round has ended": over, as the report is written
  if (
    /\b(?:ended|concluded|completed|wrapped up|finished|came to an end|broke up)\b/i.test(content)
  )
    return 'concluded'
  // "… following talks between X and Y in Saudi Arabia on Tuesday", "This followed nearly five
  // hours of talks on Sunday": talks the news came out of
  if (AFTER_TALKS_ON_DAY.test(content)) return 'held'
  if (
    /\b(?:met|took place|(?:has|have|had) taken place|(?:was|were|is|are) (?:being )?held|(?:takes|is taking|are taking) place|lasted|began|begun|started|commenced|convened|kicked off|got under ?way|opened(?! fire)|ran for|(?:is|are) under way|resumed|(?:is|are|were) (?:holding|meeting|negotiating)|hosted|sat down|(?:talks|negotiations|discussions|meetings?|round),? held|held (?:(?:a|an|the|their|[\w-]+) ){0,4}(?:talks|negotiations|discussions|meetings?|round|consultations|summit))\b/i.test(
      content,
    )
  )
    return 'held'
  // "talks with Ukraine held yesterday in Turkey": the participle a few words after its noun
  if (TALKS_HELD.test(content)) return 'held'
  // "Putin received the Hungarian prime minister in the Kremlin": a guest received somewhere
  if (RECEIVED_GUEST.test(content)) return 'held'
  // "Their visit follows two days of discussions in Florida": days spent at the table are past
  if (SPELL_OF_TALKS.test(content) && !/\b(?:will|planned|scheduled|expected|due)\b/i.test(content))
    return 'held'
  // "Russia and Ukraine to hold new talks in Istanbul on Monday": a headline's infinitive, when
  // nothing above told the talks held
  if (TO_HOLD_TALKS.test(content)) return 'announced'
  // "the meeting has not been cancelled": still to come, as announced; "announced that …" whose
  // clause tells nothing further announces
  return notCancelled || /\bannounced\s+that\b/i.test(content) ? 'announced' : undefined
}
