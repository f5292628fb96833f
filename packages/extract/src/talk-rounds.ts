import type { NewName, TalkClaim } from '@sitrep/domain'
import type { Article, ArticleSentence } from './article.ts'
import type { DateMention } from './dates.ts'
import { delegationsOf } from './delegations.ts'
import { type DraftContext, withId } from './evidence.ts'
import { fastBounds } from './fast-bounds.ts'
import { stateOfPlace } from './names.ts'
import type { TalkDraft } from './talk.ts'
import { tidyClaims } from './talk-claims.ts'
import { isTrack } from './talk-tracks.ts'

export const TALK = fastBounds(
  /\b(?:talks|negotiations|negotiating|rounds? of(?!\s+(?:[\p{L}-]+\s+){0,2}(?:assistance|aid|sanctions|strikes|attacks|shelling|funding|support|weapons|deliveries|ammunition|mobili[sz]ation|applause|voting|elections?|prisoner|exchanges?|swaps?|fighting|bombing|missiles|drones)\b)|peace meeting|meeting of (?:the )?delegations|meeting between|meeting\b[^.;]{0,40}?\bto discuss (?:[\p{L}-]+\s+){0,2}(?:peace|ceasefire|truce|settlement|ending the war)|trilateral (?:meeting|consultations)|discussions (?:on|about|held|in|between|with)|(?:hours|days) of (?:discussions|meetings)|first negotiation|delegations\b[^.;]{0,60}\bmet|meet(?:ing)?\s+(?:with\s+)?(?:the\s+)?(?:[\p{L}.-]+\s+){0,3}(?:representatives|delegations?|negotiators|[Ee]nvoy))\b/iu,
)
/**
 * Words one of TALK's wordings must contain, same flags: a cheap first test, as most sentences
 * hold none, before the long pattern with its look-ahead.
 */
export const TALK_WORD = /talks|negotiat|round|meet|trilateral|discussions|delegations/iu
export const MEETING = /\b(?:meeting|round|one|met|delegations|discussions)\b/i
const UPCOMING =
  /\b(?:next|new|fresh|upcoming|third|fourth|fifth|coming) (?:round|talks|negotiations|meeting)\b|\w+[’']s meeting\b|\bwill take place\b|\bthe date for\b|\bis being prepared\b/i
const PREVIOUS = /\b(?:previous|last|earlier) (?:meeting|round|talks)\b/i
const THIS = /\b(?:this|that|the same) (?:meeting|round)\b|\bthese talks\b/i

const EARLIER = 'round:'
/** A round the article numbers below its latest one: "round:1". */
export const isEarlierRound = (key: string): boolean => key.startsWith(EARLIER)

/** A round of talks being built from the sentences that refer to it. */
export interface Round {
  key: string
  /** First day of the round's month for past rounds, for ordering. */
  start?: string
  claims: TalkClaim[]
  sentences: number[]
  venues: string[]
  parties: Set<string>
  ordinal?: number
  newNames: NewName[]
  /** A sentence reports the round itself (held, ended, in a named place), dated or not. */
  reported?: boolean
}

/**
 * Talks named after "at", "during", "since" … are talks recalled, not reported — unless they are
 * the news the sentence follows on, dated to a weekday: "Ukraine accepted the proposal following
 * talks … in Saudi Arabia on Tuesday" reports Tuesday's talks.
 */
const recalled = (text: string): boolean => {
  const talk = TALK.exec(text)
  if (talk === null) return false
  const before =
    /\b(at|during|after|since|following|under|from|before) (?:the |these |those |last |previous )?(?:[\p{L}-]+ ){0,2}$/iu.exec(
      text.slice(Math.max(0, talk.index - 40), talk.index),
    )
  if (!before) return false
  const justHeld =
    /^(?:after|following)$/i.test(before[1] ?? '') &&
    !/^(?:the |these |those |last |previous )/i.test(
      before[0].slice((before[1] ?? '').length + 1),
    ) &&
    /^[^.;]{0,120}?\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(
      text.slice(talk.index),
    )
  return !justHeld
}

/** The rounds the previous talk sentence referred to, for "this meeting" and "However, …". */
export interface PreviousReference {
  readonly index: number
  readonly keys: readonly string[]
}

/**
 * Past months the sentence places a round in: "In May, … held", "a later one in June"; "the
 * first talks since March 2022" and "since Russia invaded in February 2022" name a bound, not a
 * round.
 */
export const pastMonths = (s: ArticleSentence, article: Article): DateMention[] =>
  /^However\b/.test(s.text)
    ? []
    : s.dates.filter(
        (d) =>
          d.date.precision === 'month' &&
          d.date.resolved &&
          (!article.anchor || d.date.end < article.anchor) &&
          !/\b(?:since|until|before)\s+$/i.test(
            article.text.slice(Math.max(0, d.start - 8), d.start),
          ) &&
          // "the first visit since Russia invaded in February 2022": a bound told by its event
          !/\bsince\b[^,.;]{0,30}$/i.test(article.text.slice(Math.max(0, d.start - 40), d.start)),
      )

/**
 * Which rounds a sentence is about: a past month is its own round ("month:2025-05-01"); "this
 * meeting" and "However, …" are the previous sentence's; "the previous meeting" is the latest
 * past round ("previous", settled in `talkDrafts`); the next/new/fresh round, or anything in the
 * future tense, is the one the article looks ahead to ("upcoming").
 */
export const referredRounds = (
  s: ArticleSentence,
  months: readonly DateMention[],
  said: {
    readonly future: boolean
    readonly hasOutcomes: boolean
    /** The sentence numbers a round below the article's latest ("the first round was held …"). */
    readonly earlierRound?: number
  },
  previous: PreviousReference | undefined,
): string[] => {
  if (said.earlierRound !== undefined) return [`${EARLIER}${said.earlierRound}`]
  const keys: string[] = []
  for (const d of months) if (d.date.resolved) keys.push(`month:${d.date.start}`)
  const follows = previous?.index === s.index - 1
  if (THIS.test(s.text) || (/^However\b/.test(s.text) && follows))
    keys.push(...(previous?.keys ?? []))
  if (PREVIOUS.test(s.text)) keys.push('previous')
  if (UPCOMING.test(s.text) || (keys.length === 0 && said.future)) keys.push('upcoming')
  // "Both sides agreed …" right after a sentence about a round is about that round.
  const recent = previous !== undefined && previous.index >= s.index - 2
  if (keys.length === 0 && said.hasOutcomes && recent) keys.push(...(previous?.keys ?? []))
  // Outcomes of talks named without a date are the outcomes of the round the article is about,
  // and so are those of "the second meeting in Belarus of the Russian and Ukrainian delegations"
  if (keys.length === 0 && said.hasOutcomes && (TALK.test(s.text) || /\bmeetings?\b/i.test(s.text)))
    keys.push('upcoming')
  // "The delegations are in Belarus for a first negotiation": the talks the article is about
  // ("… under the agreement reached at the Istanbul talks" recalls talks; it reports none)
  if (keys.length === 0 && !PREVIOUS.test(s.text) && !recalled(s.text)) {
    const talk = TALK.exec(s.text)
    if (talk) keys.push('upcoming')
  }
  // "… met under the chairmanship of Fidan. Kalin also took part in the hour-long meeting at
  // the palace in Istanbul": the meeting right after talks told is those talks
  if (keys.length === 0 && follows && SAME_TALKS_AGAIN.test(s.text))
    keys.push(...(previous?.keys ?? []))
  return [...new Set(keys)]
}

const SAME_TALKS_AGAIN =
  /\b(?:in|at|during) the (?:[\p{L}-]+ ){0,2}(?:meeting|talks|negotiations|session)\b(?! (?:with|between)\b)/iu

/**
 * Rounds become drafts in date order (past months, then the upcoming round), numbered counting
 * back from an ordinal when the article gives one ("a third round"), each linked to the one
 * before. Rounds with no claim are dropped: a mention alone is no record.
 */
export const talkDrafts = (
  rounds: Map<string, Round>,
  ctx: DraftContext,
  heads: Map<string, string>,
  /** Where the article puts a meeting, for rounds whose sentences name no place. */
  fallbackVenue?: string,
): TalkDraft[] => {
  const previous = rounds.get('previous')
  rounds.delete('previous')
  const past = [...rounds.values()]
    .filter((r) => r.key !== 'upcoming')
    .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''))
  const latestPast = past.at(-1)
  if (previous && latestPast) {
    latestPast.claims.push(...previous.claims)
    latestPast.sentences.push(...previous.sentences)
  } else if (previous) past.push(previous)
  const upcoming = rounds.get('upcoming')
  const ordered = [...past.filter((r) => !isTrack(r.key)), ...(upcoming ? [upcoming] : [])].filter(
    (r) => r.claims.length > 0 || r.reported,
  )
  const tracks = past.filter((r) => isTrack(r.key) && (r.claims.length > 0 || r.reported))
  const firstNumber = Math.max(1, (upcoming?.ordinal ?? ordered.length) - ordered.length + 1)
  // a city named later ("in Riyadh") says more than the country named first ("in Saudi Arabia")
  // and a known city one the dictionary lacks ("in Turkiy … in Istanbul"), a misspelling as often
  const city = (venues: readonly string[]) =>
    venues.find((v) => {
      const kind = ctx.lexicon.place(v)?.kind
      return kind !== undefined && kind !== 'country'
    }) ??
    venues.find((v) => ctx.lexicon.place(v)?.kind !== 'country') ??
    venues[0]
  const venue = city(ordered.flatMap((r) => r.venues))
  // "talks in Saudi Arabia … the delegation in Jeddah": the article's meeting city refines a
  // country venue it lies in
  const withinCountry = (chosen: string | undefined, meetingCity: string | undefined) => {
    const country = chosen ? ctx.lexicon.place(chosen) : undefined
    const place = meetingCity ? ctx.lexicon.place(meetingCity) : undefined
    if (!country) return chosen ?? meetingCity
    return country.kind === 'country' && place?.kind === 'city' && place.country === country.country
      ? place.id
      : chosen
  }
  const parties = new Set(ordered.flatMap((r) => [...r.parties]))
  // the host of talks between three or more named sides is their venue, not one of them
  const hostState = (venueId: string): string | undefined => {
    const place = ctx.lexicon.place(venueId)
    return place ? stateOfPlace(place.id, ctx.lexicon) : undefined
  }
  let previousId: string | undefined
  // talks of other sides than the article's round are a series of their own, counted from one
  const series = [...ordered.map((r, i) => ({ r, i })), ...tracks.map((r) => ({ r, i: -1 }))]
  return series.map(({ r, i }) => {
    if (i < 0) previousId = undefined
    const id = ctx.nextId('talk')
    // a round no source places carries no venue rather than a made-up one
    const venueId = withinCountry(city(r.venues) ?? venue, fallbackVenue)
    const host = venueId ? hostState(venueId) : undefined
    const sides = [
      ...(r.parties.size >= 2
        ? r.parties
        : parties.size >= 2
          ? parties
          : new Set(['ukraine', 'russia'])),
    ].filter((p, _, all) => all.length <= 2 || p !== host)
    const roundNumber =
      i < 0
        ? (r.ordinal ?? 1)
        : isEarlierRound(r.key)
          ? (r.ordinal ?? firstNumber + i)
          : firstNumber + i
    const draft: TalkDraft = {
      record: {
        kind: 'talk',
        id,
        title:
          `Round ${roundNumber} of ${sides.map((p) => ctx.lexicon.actor(p)?.name ?? p).join('–')} talks${venueId ? ` in ${ctx.lexicon.place(venueId)?.name ?? venueId}` : ''}`.slice(
            0,
            300,
          ),
        round: roundNumber,
        ...(venueId ? { venueId } : {}),
        level: 'delegation',
        partyIds: sides,
        // the article's negotiators lead the round it is about: the latest one
        delegations: i === ordered.length - 1 ? delegationsOf(sides, heads) : [],
        ...(previousId ? { previousRoundId: previousId } : {}),
        claims: tidyClaims(r.claims).map((c, j) => withId(c, `${id}-e${j + 1}`)),
      },
      newNames: r.newNames,
      sentences: [...new Set(r.sentences)],
    }
    previousId = id
    return draft
  })
}
