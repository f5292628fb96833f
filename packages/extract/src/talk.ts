import {
  addDays,
  type FuzzyDate,
  type IsoDate,
  type Lexicon,
  type NewName,
  type Talk,
  type TalkStatus,
} from '@sitrep/domain'
import type { Article, ArticleSentence } from './article.ts'
import { datelineEnd } from './dateline.ts'
import type { DateMention } from './dates.ts'
import { delegationHeads } from './delegations.ts'
import { claimOf, type DraftContext, evidenceIn, speakerNewNames } from './evidence.ts'
import { stateOfPlace } from './names.ts'
import { unknownPlaces } from './new-names.ts'
import { ownClause } from './own-clause.ts'
import { capitalOf } from './places.ts'
import { agendaIn, ordinalRound, outcomesIn, proposalIn, statusIn } from './talk-facts.ts'
import { HOSTED_BY_BEFORE, HOSTS_AFTER, landmarkVenues } from './talk-landmarks.ts'
import { actsAtTable, hostAt, meetingOfSides, namesOf, partiesIn } from './talk-parties.ts'
import {
  isEarlierRound,
  MEETING,
  type PreviousReference,
  pastMonths,
  type Round,
  referredRounds,
  TALK,
  TALK_WORD,
  talkDrafts,
} from './talk-rounds.ts'
import { isTrack, trackOf } from './talk-tracks.ts'
import { meetingPlaceIn } from './talk-venue.ts'

export interface TalkDraft {
  readonly record: Talk
  readonly newNames: NewName[]
  readonly sentences: number[]
}

/** "phone talks", "telephone negotiations", "video talks": calls, not rounds of talks. */
const BY_PHONE =
  /\b(?:(?:tele)?phone|video(?:\s*link)?)\s+(?:talks|negotiations|discussions|conversations?|calls?)\b/gi

const NUMBERED_MEETING =
  /\b(?:first|second|third|fourth|fifth|sixth)\s+meeting\b(?![^.;]{0,80}\b(?:Ramstein|[Cc]ontact [Gg]roup|partner countries|donors?)\b)/i

/** "for what the Kremlin described as a “constructive” meeting": a speaker's word for it. */
const WHAT_X_CALLED =
  /\bwhat\s+(?:the\s+)?(?:[\p{L}.’'-]+\s+){1,4}(?:described|called|termed|dubbed|hailed)\b/u

/**
 * "… met Witkoff for what the Kremlin described as a “constructive” meeting": the speaker owns
 * the description, the reporter the meeting, its sides and its place.
 */
const describedOnly = (s: ArticleSentence): boolean =>
  s.attribution !== undefined &&
  !s.inherited &&
  WHAT_X_CALLED.test(s.text) &&
  !/\b(?:said|says|told|stated|announced|reported)\b/i.test(s.text)

/** "Last week", "earlier this month", "on Sunday": when a meeting told as held took place. */
const PAST_TIME =
  /^(?:Last|Earlier|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|\b(?:last (?:week|month)|earlier (?:this|in the) (?:week|month))\b/i

/**
 * "Talks are scheduled for the weekend in Miami … Last week, officials met in Berlin": a meeting
 * told as held in the past, after the round the article has only announced, is an earlier one.
 */
const metBefore = (s: ArticleSentence, upcoming: Round | undefined): boolean => {
  const status = statusIn(s.text)
  if ((status !== 'held' && status !== 'concluded') || !PAST_TIME.test(s.text)) return false
  const told = upcoming?.claims.flatMap((c) => (c.fact === 'status' ? [c.value.status] : []))
  return !!told?.length && told.every((t) => t === 'announced' || t === 'confirmed')
}

/** "The Pope has offered to host Russia-Ukraine talks", "Turkey is ready to host": an offer. */
const HOST_OFFER =
  /\b(?:offer(?:ed|s|ing)?|ready|willing|willingness|readiness|availability|prepared)\s+(?:of\s+[^.;,]{1,40}?\s+)?(?:to\s+)?(?:host|welcome|organi[sz]e)\b/i

/** A sentence whose talks are only offered a place, none held or set: no round of talks. */
const offerOnly = (text: string): boolean => {
  if (!HOST_OFFER.test(text)) return false
  const status = statusIn(text)
  return status !== 'held' && status !== 'concluded'
}

/** "in southeastern Belarus" when no city is named: the country is the venue. */
const hostCountryIn = (s: ArticleSentence, text: string, lexicon: Lexicon): string | undefined =>
  s.names.find((n) => {
    const place = n.placeId ? lexicon.place(n.placeId) : undefined
    return (
      place?.kind === 'country' &&
      (/\bin\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(Math.max(0, n.start - 24), n.start)) ||
        HOSTED_BY_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start)) ||
        HOSTS_AFTER.test(text.slice(n.end, n.end + 20))) &&
      !['ukraine', 'russia'].includes(stateOfPlace(place.id, lexicon) ?? '')
    )
  })?.placeId

/** Named places but the capitals standing for their states ("Kiev and Moscow"); "in Moscow" is one. */
const venuesIn = (s: ArticleSentence, text: string, lexicon: Lexicon): string[] =>
  namesOf(s).flatMap((n) => {
    const place = n.placeId ? lexicon.place(n.placeId) : undefined
    const state = n.placeId ? stateOfPlace(n.placeId, lexicon) : undefined
    const isCapitalOfParty =
      state !== undefined && capitalOf(state) === n.placeId && !hostAt(n, text)
    // "corridors for the city of Mariupol": a place the talks are about, not where they sit
    const about = ABOUT_PLACE.test(text.slice(Math.max(0, n.start - 40), n.start))
    return place && place.kind !== 'country' && !isCapitalOfParty && !about ? [place.id] : []
  })

const ABOUT_PLACE =
  /\b(?:(?:for|from|out of)\s+(?:the\s+)?(?:(?:besieged|encircled|occupied|port)\s+)?(?:(?:city|town|port|village) of\s+)?|(?:progress|achieved|made|secured|signed)\s+in\s+)$/i

/** Verbs telling what a round came to, in the past: "achieved little", "did not produce a deal". */
const PAST_RESULT =
  /\b(?:achieved|produced|yielded|brought|delivered|failed|did not|didn[’']t|resulted)\b/i

const BARE_WEEKDAY =
  /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?$/i

/**
 * A bare weekday on the side of the report the status says: "… took place on Friday" in
 * Tuesday's report is the Friday before; "… is due to meet Putin on Thursday" in Saturday's
 * report the Thursday after.
 */
const weekdayByStatus = (
  d: DateMention,
  status: TalkStatus | undefined,
  article: Article,
): FuzzyDate => {
  const date = d.date
  const { anchor } = article
  if (!date.resolved || !anchor || !BARE_WEEKDAY.test(article.text.slice(d.start, d.end).trim()))
    return date
  const shift =
    (status === 'held' || status === 'concluded') && date.start > anchor
      ? -7
      : (status === 'announced' || status === 'confirmed') && date.start < anchor
        ? 7
        : 0
  return shift === 0
    ? date
    : { ...date, start: addDays(date.start, shift), end: addDays(date.end, shift) }
}

/**
 * The day a status holds as of: the report's date, or for a page that gives none the day it is
 * read, since "the talks were postponed" is still what the reader learns that day.
 */
const statusAsOf = (article: Article): IsoDate =>
  article.anchor ?? (new Date().toISOString().slice(0, 10) as IsoDate)

/**
 * Rounds of talks. Mentions are assigned to rounds: a past month ("In May … held", "a later one
 * in June") is its own round; "this meeting" is the round the previous sentence spoke of; "the
 * previous meeting" is the latest past round; the next/new/fresh round, or anything said in the
 * future tense, is the upcoming one. Rounds are numbered in date order, counting back from an
 * ordinal when the article gives one ("a third round").
 */
export const extractTalks = (article: Article, ctx: DraftContext): TalkDraft[] => {
  const rounds = new Map<string, Round>()
  const round = (key: string, start?: string): Round => {
    const existing = rounds.get(key)
    if (existing) return existing
    const r: Round = {
      key,
      ...(start ? { start } : {}),
      claims: [],
      sentences: [],
      venues: [],
      parties: new Set(),
      newNames: [],
    }
    rounds.set(key, r)
    return r
  }
  let previousRefs: PreviousReference | undefined
  const filed = datelineEnd(article.text)
  // "The second round … started. … The first round was held on May 16": a round numbered below
  // the article's latest is one it recalls, a round of its own
  // ("The 29th meeting was attended by 50 partner countries" numbers no talks)
  // TALK is long: each sentence is tested once
  // "held telephone talks": a call is no round of talks, as the corpus annotates calls
  const told = new Set(
    article.sentences.filter(
      (s) =>
        TALK_WORD.test(s.text) &&
        TALK.test(s.text.replace(BY_PHONE, 'a call')) &&
        !offerOnly(s.text),
    ),
  )
  // "At the second meeting, also held in Istanbul on June 2, …" beside talks told: a meeting
  // numbered in words in an article about talks numbers a round too ("The 29th meeting was
  // attended by 50 partner countries" numbers a donors' forum)
  const latestOrdinal = Math.max(
    0,
    ...article.sentences.map((s) =>
      told.has(s) || (told.size > 0 && NUMBERED_MEETING.test(s.text))
        ? (ordinalRound(s.text) ?? 0)
        : 0,
    ),
  )
  const talkAt = new Set(
    article.sentences
      .filter(
        (s) =>
          s.readable && (told.has(s) || (meetingOfSides(s, article.lexicon) && !offerOnly(s.text))),
      )
      .map((s) => s.index),
  )
  for (const read of article.sentences) {
    if (!read.readable) continue
    const s = describedOnly(read)
      ? { ...read, attribution: undefined, names: [...read.speakerNames, ...read.names] }
      : read
    const a = s.attribution
    const content = a && !s.inherited ? article.text.slice(a.content.start, a.content.end) : s.text
    const talkish =
      talkAt.has(s.index) ||
      (previousRefs?.index === s.index - 1 && (MEETING.test(s.text) || /^However\b/.test(s.text)))
    const recentTalk = previousRefs !== undefined && previousRefs.index >= s.index - 2
    // "Ukraine and Russia have reached a new agreement to … However, talks held in Istanbul …":
    // a lede telling what two sides agreed, the talks it came of named right after it
    const lede =
      !talkish &&
      !recentTalk &&
      (talkAt.has(s.index + 1) || talkAt.has(s.index + 2)) &&
      /\b(?:agreed|reached)\b/i.test(s.text)
    // most sentences are neither about talks nor right after them: none of the rest applies
    if (!talkish && !recentTalk && !lede) continue
    const agenda = agendaIn(content)
    const proposal = proposalIn(s.text)
    // what the reporter tells before a speaker's clause counts as much as what the speaker says
    const own = ownClause(s)
    const outcomes = [...outcomesIn(own), ...outcomesIn(content), ...(proposal ? [proposal] : [])]
    const ledeTerms =
      lede &&
      outcomes.some((o) => o.type === 'agreement') &&
      partiesIn(s, article.text, article.lexicon).length >= 2
    if (!talkish && !((agenda.length || outcomes.length) && recentTalk) && !ledeTerms) continue
    const monthDates = pastMonths(s, article)
    const future = agenda.length > 0 || statusIn(s.text) !== undefined || /\bwill\b/.test(content)
    const ordinal = ordinalRound(s.text)
    const unique = referredRounds(
      s,
      monthDates,
      {
        future,
        hasOutcomes: outcomes.length > 0,
        // told as held, not only named ("As during the first round on May 16, …")
        // or told by what it came to ("At that first meeting, the parties agreed to …")
        ...(ordinal !== undefined &&
        ordinal < latestOrdinal &&
        (statusIn(s.text) || outcomes.length > 0)
          ? { earlierRound: ordinal }
          : {}),
      },
      previousRefs,
    )
    if (ledeTerms && unique.length === 0) unique.push('upcoming')
    if (unique.length === 0) continue
    const sides = partiesIn(s, article.text, article.lexicon)
    const keys = unique.map((k) =>
      k === 'upcoming'
        ? metBefore(s, rounds.get(k))
          ? `round:p${s.index}`
          : trackOf(sides, rounds.get(k), s.text)
        : k,
    )
    previousRefs = { index: s.index, keys: keys.filter((k) => k !== 'previous') }
    // "the United States and Ukraine have proposed a ceasefire": the sides act at the table and
    // the reporter tells it, as much as "Russia and Ukraine agreed to swap prisoners"
    const byReporter = actsAtTable(s) ? { ...s, attribution: undefined } : s
    const ev = (fact: string, i = 0) => evidenceIn(ctx, `e-${fact}-${s.index}-${i}`, byReporter)
    // A denial asserts no date or status: "The Kremlin denied that a round was planned for …"
    const denial = /\b(?:denied|denies|dismissed|rejected)\b/i.test(s.text)
    // "Russia and Ukraine have agreed to swap 1,000 prisoners each", "reached a framework
    // agreement on …": a round that reached an agreement was held, though no verb of meeting says so (when nothing else gave its status)
    // "the second round … achieved very little": a round told by its result was held too
    const agreedAt =
      !denial &&
      ((outcomes.some((o) => o.type === 'agreement') &&
        /\b(?:agreed|reached)\b/i.test(own || content)) ||
        (outcomes.length > 0 && PAST_RESULT.test(own || content))) &&
      !/\b(?:will|would|shall)\b/i.test(own || content)
    const status = denial ? undefined : statusIn(s.text)
    for (const key of keys) {
      const monthDate = monthDates.find((d) => d.date.resolved && `month:${d.date.start}` === key)
      const day = isEarlierRound(key)
        ? s.dates.find((d) => d.date.resolved && d.end > filed)
        : undefined
      const start = monthDate ?? day
      const r = round(key, start?.date.resolved ? start.date.start : undefined)
      const before = r.claims.length
      if (key === 'upcoming' || isTrack(key) || isEarlierRound(key)) {
        const dayNamed = s.dates.some((d) => d.date.precision === 'day')
        const days = s.dates.filter(
          (d) =>
            !denial &&
            d.end > filed &&
            (d.date.precision === 'day' || (d.date.precision === 'week' && !dayNamed)) &&
            !/[’']s\b/.test(article.text.slice(d.end, d.end + 2)),
        )
        for (const [i, d] of days.entries())
          r.claims.push(
            claimOf(
              ev('date', i),
              'date',
              weekdayByStatus(d, status ?? (agreedAt ? 'held' : undefined), article),
            ),
          )
        const told =
          status ?? (agreedAt && !r.claims.some((c) => c.fact === 'status') ? 'held' : undefined)
        if (told)
          r.claims.push(
            claimOf(ev('status'), 'status', { status: told, asOf: statusAsOf(article) }),
          )
        for (const [i, item] of agenda.entries())
          r.claims.push(claimOf(ev('agenda', i), 'agenda', item))
      }
      if (monthDate) {
        r.claims.push(claimOf(ev('date'), 'date', monthDate.date))
        r.claims.push(
          claimOf(ev('status'), 'status', { status: 'held' as const, asOf: statusAsOf(article) }),
        )
      }
      for (const [i, o] of outcomes.entries())
        r.claims.push(claimOf(ev('outcome', i), 'outcome', o))
      if (ordinal && (key === 'upcoming' || isEarlierRound(key))) r.ordinal = ordinal
      for (const v of [
        ...venuesIn(s, article.text, article.lexicon),
        ...landmarkVenues(s, article.lexicon),
      ])
        if (!r.venues.includes(v)) r.venues.push(v)
      const onlyCountries = r.venues.every((v) => article.lexicon.place(v)?.kind === 'country')
      // "a ceasefire in the Black Sea": a sea is what talks are about, never where they sit
      const [unknownVenue] = onlyCountries
        ? unknownPlaces(s, article.lexicon).filter((p) => !/\b(?:Sea|Ocean|Strait)$/.test(p.name))
        : []
      if (unknownVenue) {
        r.venues.push(unknownVenue.proposedId)
        r.newNames.push(unknownVenue)
      }
      for (const p of sides) r.parties.add(p)
      const host =
        r.venues.length === 0 ? hostCountryIn(s, article.text, article.lexicon) : undefined
      if (host) r.venues.push(host)
      if (
        (key === 'upcoming' || isTrack(key)) &&
        statusIn(s.text) &&
        (r.venues.length > 0 || r.parties.size >= 2)
      )
        r.reported = true
      if (r.claims.length > before || r.sentences.length === 0) r.sentences.push(s.index)
      r.newNames.push(...speakerNewNames(s))
    }
  }
  return talkDrafts(rounds, ctx, delegationHeads(article), meetingPlaceIn(article))
}
