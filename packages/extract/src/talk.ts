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
import type { DateMention } from './dates.ts'
import { delegationHeads } from './delegations.ts'
import { claimOf, type DraftContext, evidenceIn, speakerNewNames } from './evidence.ts'
import { knownActor, stateOfDemonym, stateOfPlace } from './names.ts'
import { unknownPlaces } from './new-names.ts'
import { ownClause } from './own-clause.ts'
import { capitalOf } from './places.ts'
import { agendaIn, ordinalRound, outcomesIn, proposalIn, statusIn } from './talk-facts.ts'
import {
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

/**
 * States named as parties: "Ukraine and Russia", and capitals as metonyms ("Kiev and Moscow").
 * When the sentence says between whom ("talks between delegations from Kyiv and Moscow") or whose
 * people met ("U.S. and Russian officials", with the broker of "US-brokered talks"), only those;
 * sides of the war named as its sides ("since Russia's invasion of Ukraine") are none.
 */
const partiesIn = (s: ArticleSentence, text: string, lexicon: Lexicon): string[] => {
  const between =
    /\bbetween\s+[^.;]+?(?=,\s+(?:followed|which|where|when|while|as|after|but|marking|amid|with)\b|\s+(?:in|on|at|last|this|since)\s|[.;]|$)/u.exec(
      s.text,
    )
  const inBetween = (n: { start: number }) =>
    between !== null &&
    n.start >= s.start + between.index &&
    n.start < s.start + between.index + between[0].length
  const all = namedParties(s, text, lexicon)
  const chosen = all.filter((p) => inBetween(p))
  if (new Set(chosen.map((p) => p.id)).size >= 2) return [...new Set(chosen.map((p) => p.id))]
  // "U.S. and Russian officials concluded talks … on a ceasefire involving Kyiv and Moscow": the
  // sides whose people met, not every state the sentence names
  const delegates = new Set(delegatesIn(withoutSpeaker(s), lexicon).map((d) => d.id))
  // "… officials began talks with Ukraine": the side met is a side too
  const met = (p: { start: number }) =>
    /\b(?:talks|negotiations|discussions|consultations|met|meet|meeting)\s+with\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, p.start - 40), p.start),
    )
  const sides = all.filter((p) => delegates.has(p.id) || met(p)).map((p) => p.id)
  return delegates.size >= 2
    ? [...new Set([...sides, ...brokersIn(s.text, lexicon)])]
    : [...new Set(all.map((p) => p.id))]
}

const namedParties = (
  s: ArticleSentence,
  text: string,
  lexicon: Lexicon,
): { id: string; start: number }[] => [
  ...(actsAtTable(s) ? [...s.speakerNames, ...s.names] : s.names).flatMap((n) => {
    // "in Belarus", "Turkey’s Istanbul": the host, not a side
    if (hostAt(n, text) || warSide(n, text)) return []
    const actor = n.actorId ? lexicon.actor(n.actorId) : undefined
    if (actor?.kind === 'state') return [{ id: actor.id, start: n.start }]
    // "Putin and Trump met in Alaska": leaders meet for their states
    if (actor?.kind === 'person' && actor.stateId) return [{ id: actor.stateId, start: n.start }]
    const state = n.placeId ? stateOfPlace(n.placeId, lexicon) : undefined
    return n.placeId && state && capitalOf(state) === n.placeId
      ? [{ id: state, start: n.start }]
      : []
  }),
  ...delegatesIn(withoutSpeaker(s), lexicon).map((d) => ({ id: d.id, start: s.start + d.at })),
  ...brokersIn(s.text, lexicon).map((id) => ({ id, start: s.start })),
]

/** "US-brokered talks", "Turkish-mediated talks": the mediator sits at the table as a side. */
const brokersIn = (text: string, lexicon: Lexicon): string[] =>
  [...text.matchAll(/\b(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)-(?:brokered|mediated)\b/gu)].flatMap(
    (m) => {
      const name = m[1] ?? ''
      const id = stateOfDemonym(name) ?? knownActor(name, lexicon)
      return id && lexicon.actor(id)?.kind === 'state' ? [id] : []
    },
  )

/**
 * "Russia’s invasion of Ukraine", "the war in Ukraine": the war's sides, not the talks'; nor is
 * the side whose answer a proposal awaits ("contingent upon Russia's agreement").
 */
const warSide = (n: { start: number; end: number }, text: string): boolean =>
  /\b(?:invasion of|invaded|war (?:in|on|against|with)|aggression against|attacks? on)\s+(?:the\s+)?$/i.test(
    text.slice(Math.max(0, n.start - 24), n.start),
  ) ||
  /^[’']s\s+(?:(?:full-scale|ongoing|nearly|[\w-]+-year|brutal|illegal|unprovoked)\s+)*(?:invasion|war|aggression|offensive|agreement|consent|approval|response|answer)\b/i.test(
    text.slice(n.end, n.end + 60),
  )

/** "…, Turkish officials said": the speaker's side is no side of the talks. */
const withoutSpeaker = (s: ArticleSentence): string => {
  const a = s.attribution
  if (!a || s.inherited || a.verbEnd <= a.speakerStart) return s.text
  const from = a.speakerStart - s.start
  const to = a.verbEnd - s.start
  // "U.S. and Ukrainian negotiators wrapped up talks in Geneva, saying …": the sides who speak
  // are the sides who met, and the place is where
  if (PARTICIPLE_TAIL.test(s.text.slice(from, to))) return s.text
  if (actsAtTable(s)) return s.text
  return s.text.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + s.text.slice(to)
}

/** Verbs of the sides' own acts at the table, which the attribution reads as speaking. */
const ACTING_VERB = /\b(?:proposed|propose|proposes|offered|agreed|accepted|suggested)\s*$/

/**
 * "the United States and Ukraine have proposed a 30-day ceasefire … following discussions": those
 * who propose or agree at talks act there, they do not merely speak of them.
 */
const actsAtTable = (s: ArticleSentence): boolean => {
  const a = s.attribution
  return (
    a !== undefined &&
    !s.inherited &&
    a.verbEnd > a.speakerStart &&
    ACTING_VERB.test(s.text.slice(a.speakerStart - s.start, a.verbEnd - s.start))
  )
}

/** An attribution by ", saying" after a clause of its own, whose names are the clause's. */
const PARTICIPLE_TAIL = /,\s+(?:saying|noting|stressing|calling|adding|warning)\s+(?:that\s+)?$/

/** The sentence's place names, with those of a ", saying" clause the speaker phrase took in. */
const namesOf = (s: ArticleSentence) => {
  const a = s.attribution
  const clause =
    a &&
    !s.inherited &&
    PARTICIPLE_TAIL.test(s.text.slice(a.speakerStart - s.start, a.verbEnd - s.start))
  return clause ? [...s.names, ...s.speakerNames] : s.names
}

const hostAt = (n: { start: number; end: number }, text: string): boolean =>
  /\b(?:in|to|at)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, n.start - 8), n.start)) ||
  /^[’']s\s+\p{Lu}/u.test(text.slice(n.end, n.end + 4))

/** "Ukrainian and Russian negotiators", "senior US and Russian officials": sides by demonym. */
const DELEGATES =
  /\b((?:(?:\p{Lu}[\p{L}.]*|senior|top)(?:,\s*(?:and\s+)?|\s+and\s+|\s+))+)(?:officials|delegations?|negotiators|representatives|teams|envoys|diplomats|(?:foreign |defen[cs]e )?ministers|leaders)\b/gu

/** Sides that meet, spelt as a demonym the actor dictionary does not list. */
const DEMONYM_MORE: Record<string, string> = {
  Saudi: 'saudi-arabia',
  Emirati: 'united-arab-emirates',
  Belarusian: 'belarus',
}

/** Words DELEGATES and DELEGATES_FROM must contain: most sentences name no delegates at all. */
const DELEGATE_WORD =
  /officials|delegation|negotiators|representatives|teams|envoys|diplomats|ministers|leaders/i

const delegatesIn = (sentence: string, lexicon: Lexicon): { id: string; at: number }[] =>
  DELEGATE_WORD.test(sentence) ? delegatesNamed(sentence, lexicon) : []

const delegatesNamed = (sentence: string, lexicon: Lexicon): { id: string; at: number }[] => [
  ...[...sentence.matchAll(DELEGATES)].flatMap((m) =>
    (m[1] ?? '')
      .split(/,\s*|\s+and\s+|\s+/)
      .map((w) =>
        /^(?:US|U\.S\.?|USA)$/.test(w) ? 'united-states' : (stateOfDemonym(w) ?? DEMONYM_MORE[w]),
      )
      .filter((id): id is string => id !== undefined)
      .map((id) => ({ id, at: m.index })),
  ),
  // "Senior officials from the United States, Europe and Ukraine convened": the states listed
  ...[...sentence.matchAll(DELEGATES_FROM)].flatMap((m) =>
    (m[1] ?? '')
      .split(/,\s*(?:and\s+)?|\s+and\s+/)
      .map((w) => w.replace(/^the\s+/i, '').trim())
      .map((w) => knownActor(w, lexicon))
      .filter((id): id is string => id !== undefined && lexicon.actor(id)?.kind === 'state')
      .map((id) => ({ id, at: m.index })),
  ),
]

const DELEGATES_FROM =
  /\b(?:[Oo]fficials|[Dd]elegations?|[Nn]egotiators|[Rr]epresentatives|[Tt]eams|[Ee]nvoys|[Dd]iplomats)\s+from\s+((?:(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*(?:,\s*(?:and\s+)?|\s+and\s+)?){2,5})/gu

const MEETS = /\b(?:met|meet|meets|meeting|summit|convened|convene|gathered|sat down)\b/i

/**
 * "Putin and Trump met in Alaska", "Witkoff is due to meet Putin", "Ukrainian and Russian
 * delegations are expected to meet": people of two states meeting are talks, whatever the noun.
 */
const meetingOfSides = (s: ArticleSentence, lexicon: Lexicon): boolean => {
  if (!MEETS.test(s.text)) return false
  const sides = new Set(delegatesIn(withoutSpeaker(s), lexicon).map((d) => d.id))
  for (const n of [...s.names, ...s.speakerNames]) {
    const actor = n.actorId ? lexicon.actor(n.actorId) : undefined
    if (actor?.kind === 'person' && actor.stateId) sides.add(actor.stateId)
  }
  return sides.size >= 2
}

/** "in southeastern Belarus" when no city is named: the country is the venue. */
const hostCountryIn = (s: ArticleSentence, text: string, lexicon: Lexicon): string | undefined =>
  s.names.find((n) => {
    const place = n.placeId ? lexicon.place(n.placeId) : undefined
    return (
      place?.kind === 'country' &&
      /\bin\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(Math.max(0, n.start - 24), n.start)) &&
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
    return place && place.kind !== 'country' && !isCapitalOfParty ? [place.id] : []
  })

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
  for (const s of article.sentences) {
    if (!s.readable) continue
    const a = s.attribution
    const content = a && !s.inherited ? article.text.slice(a.content.start, a.content.end) : s.text
    const talkish =
      (TALK_WORD.test(s.text) && TALK.test(s.text)) ||
      meetingOfSides(s, article.lexicon) ||
      (previousRefs?.index === s.index - 1 && (MEETING.test(s.text) || /^However\b/.test(s.text)))
    const recentTalk = previousRefs !== undefined && previousRefs.index >= s.index - 2
    // most sentences are neither about talks nor right after them: none of the rest applies
    if (!talkish && !recentTalk) continue
    const agenda = agendaIn(content)
    const proposal = proposalIn(s.text)
    // what the reporter tells before a speaker's clause counts as much as what the speaker says
    const own = ownClause(s)
    const outcomes = [...outcomesIn(own), ...outcomesIn(content), ...(proposal ? [proposal] : [])]
    if (!talkish && !((agenda.length || outcomes.length) && recentTalk)) continue
    const monthDates = pastMonths(s, article)
    const future = agenda.length > 0 || statusIn(s.text) !== undefined || /\bwill\b/.test(content)
    const unique = referredRounds(
      s,
      monthDates,
      { future, hasOutcomes: outcomes.length > 0 },
      previousRefs,
    )
    if (unique.length === 0) continue
    const sides = partiesIn(s, article.text, article.lexicon)
    const keys = unique.map((k) => (k === 'upcoming' ? trackOf(sides, rounds.get(k), s.text) : k))
    previousRefs = { index: s.index, keys: keys.filter((k) => k !== 'previous') }
    const ev = (fact: string, i = 0) => evidenceIn(ctx, `e-${fact}-${s.index}-${i}`, s)
    // A denial asserts no date or status: "The Kremlin denied that a round was planned for …"
    const denial = /\b(?:denied|denies|dismissed|rejected)\b/i.test(s.text)
    // "Russia and Ukraine have agreed to swap 1,000 prisoners each": a round that reached an
    // agreement was held, though no verb of meeting says so (when nothing else gave its status)
    const agreedAt =
      !denial &&
      outcomes.some((o) => o.type === 'agreement') &&
      /\bagreed\b/i.test(own || content) &&
      !/\b(?:will|would|shall)\b/i.test(own || content)
    const status = denial ? undefined : statusIn(s.text)
    for (const key of keys) {
      const monthDate = monthDates.find((d) => d.date.resolved && `month:${d.date.start}` === key)
      const r = round(key, monthDate?.date.resolved ? monthDate.date.start : undefined)
      const before = r.claims.length
      if (key === 'upcoming' || isTrack(key)) {
        const dayNamed = s.dates.some((d) => d.date.precision === 'day')
        const days = s.dates.filter(
          (d) =>
            !denial &&
            (d.date.precision === 'day' || (d.date.precision === 'week' && !dayNamed)) &&
            !/[’']s\b/.test(article.text.slice(d.end, d.end + 2)),
        )
        for (const [i, d] of days.entries())
          r.claims.push(claimOf(ev('date', i), 'date', weekdayByStatus(d, status, article)))
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
      const ordinal = ordinalRound(s.text)
      if (ordinal && key === 'upcoming') r.ordinal = ordinal
      for (const v of venuesIn(s, article.text, article.lexicon))
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
