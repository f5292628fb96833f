import type { Aid, AidClaim, AidStage, NewName } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'
import { claimOf, type DraftContext, evidenceIn } from './evidence.ts'
import { findCounts } from './quantities.ts'

/** An aid record being built from consecutive sentences. */
export interface AidAccumulator {
  stage: AidStage
  donorIds: string[]
  claims: AidClaim[]
  sentences: number[]
  newNames: NewName[]
  speaker?: string
  forum?: Aid['forum']
}

/**
 * The contact group by any of its names, or told as what it is: "a virtual meeting of countries
 * providing military assistance to Ukraine", "the Contact Group on the Defense of Ukraine".
 */
export const FORUM =
  /\bRamstein\b|Ukraine Defen[cs]e Contact Group|Contact Group on (?:the )?Defen[cs]e of Ukraine|\bmeeting of (?:the )?(?:countries|nations|states|allies|partners) (?:providing|that provide|supplying|giving) (?:military )?(?:aid|assistance|support|weapons)\b/i
export const RAMSTEIN = 'Ukraine Defense Contact Group (Ramstein format)'
const NUMBERED =
  /\b(\d+)(?:st|nd|rd|th)\s+(?:meeting of the\s+|session of the\s+)?(?:Ramstein|Ukraine Defen[cs]e Contact Group|UDCG)\b|\b(?:Ramstein|Ukraine Defen[cs]e Contact Group|UDCG)\s+(?:format\s+)?\(?(\d+)(?:st|nd|rd|th)\b/i

/** "the NATO summit in Washington", "a meeting of NATO defence ministers": no Ramstein number. */
const NATO_MEETING =
  /\bNATO\b[^.;]{0,60}\bsummit\b|\bsummit\b[^.;]{0,60}\bNATO\b|\bNATO defen[cs]e ministers\b|\bmeeting of (?:the )?NATO\b/i

/** The forum a sentence names, with its meeting number when written ("the 27th UDCG meeting"). */
export const forumIn = (text: string): Aid['forum'] | undefined => {
  if (!FORUM.test(text))
    return NATO_MEETING.test(text)
      ? { name: /\bsummit\b/i.test(text) ? 'NATO summit' : 'NATO ministers’ meeting', chairIds: [] }
      : undefined
  const n = NUMBERED.exec(text)
  const number = Number(n?.[1] ?? n?.[2])
  return { name: RAMSTEIN, ...(number > 0 ? { meetingNumber: number } : {}), chairIds: [] }
}

/**
 * "… a package worth about €700 million. This was stated by Pistorius during the NATO summit in
 * Vilnius.": a sentence that gives no aid of its own but names where the record just told, within
 * a sentence or two, was raised gives that record its forum.
 */
export const forumOfPrevious = (
  previous: AidAccumulator | undefined,
  s: { readonly index: number; readonly text: string },
): void => {
  if (!previous || previous.forum || (previous.sentences.at(-1) ?? -9) < s.index - 2) return
  const forum = forumIn(s.text)
  if (forum) previous.forum = forum
}

const ATTENDANCE = /\b(\d+)(?:st|nd|rd|th) meeting was attended by\b/i

/**
 * "The 29th meeting was attended by 50 partner countries, led by Germany and the United
 * Kingdom": the number, chairs and attendance of the forum the aid records so far were raised
 * at. Returns whether the sentence was such a report.
 */
export const addAttendance = (
  s: ArticleSentence,
  records: readonly AidAccumulator[],
  ctx: DraftContext,
): boolean => {
  const attendance = ATTENDANCE.exec(s.text)
  if (!attendance) return false
  const [count] = findCounts(s.text.slice(attendance.index + attendance[0].length))
  const chairs = /\bled by (.+)$/i.exec(s.text)?.[1] ?? ''
  const chairIds = s.names.flatMap((n) => (n.actorId && chairs.includes(n.text) ? [n.actorId] : []))
  for (const acc of records.filter((x) => x.forum)) {
    acc.forum = {
      name: acc.forum?.name ?? RAMSTEIN,
      meetingNumber: Number(attendance[1]),
      chairIds,
    }
    if (count)
      acc.claims.push(
        claimOf(evidenceIn(ctx, `e-att-${s.index}`, s), 'attendance', {
          qualifier: count.qualifier,
          value: count.value,
          subject: 'partner countries',
          raw: count.raw,
        }),
      )
  }
  return true
}
