import { actorById, type NewName, placeById, type Talk, type TalkClaim } from '@sitrep/domain'
import type { Article, ArticleSentence } from './article.ts'
import { delegationHeads, delegationsOf } from './delegations.ts'
import { type DraftContext, evidenceIn, speakerNewNames } from './evidence.ts'
import { stateOfPlace } from './names.ts'
import { unknownPlaces } from './new-names.ts'
import { capitalOf } from './places.ts'
import { agendaIn, ordinalRound, outcomesIn, proposalIn, statusIn } from './talk-facts.ts'

export interface TalkDraft {
  readonly record: Talk
  readonly newNames: NewName[]
  readonly sentences: number[]
}

const TALK = /\b(?:talks|negotiations|negotiating|round of|rounds of|peace meeting)\b/i
const MEETING = /\b(?:meeting|round|one)\b/i
const UPCOMING =
  /\b(?:next|new|fresh|upcoming|third|fourth|fifth|coming) (?:round|talks|negotiations|meeting)\b|\w+[’']s meeting\b|\bwill take place\b|\bthe date for\b|\bis being prepared\b/i
const PREVIOUS = /\b(?:previous|last|earlier) (?:meeting|round|talks)\b/i
const THIS = /\b(?:this|that|the same) (?:meeting|round)\b|\bthese talks\b/i

interface Round {
  key: string
  /** First day of the round's month for past rounds, for ordering. */
  start?: string
  claims: TalkClaim[]
  sentences: number[]
  venues: string[]
  parties: Set<string>
  ordinal?: number
  newNames: NewName[]
}

/** States named as parties: "Ukraine and Russia", and capitals as metonyms ("Kiev and Moscow"). */
const partiesIn = (s: ArticleSentence): string[] =>
  s.names.flatMap((n) => {
    const actor = n.actorId ? actorById(n.actorId) : undefined
    if (actor?.kind === 'state') return [actor.id]
    const state = n.placeId ? stateOfPlace(n.placeId) : undefined
    return n.placeId && state && capitalOf(state) === n.placeId ? [state] : []
  })

const venuesIn = (s: ArticleSentence): string[] =>
  s.names.flatMap((n) => {
    const place = n.placeId ? placeById(n.placeId) : undefined
    const state = n.placeId ? stateOfPlace(n.placeId) : undefined
    const isCapitalOfParty = state !== undefined && capitalOf(state) === n.placeId
    return place && place.kind !== 'country' && !isCapitalOfParty ? [place.id] : []
  })

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
  let previousRefs: { index: number; keys: string[] } | undefined
  for (const s of article.sentences) {
    if (!s.readable) continue
    const a = s.attribution
    const content = a && !s.inherited ? article.text.slice(a.content.start, a.content.end) : s.text
    const talkish =
      TALK.test(s.text) ||
      (previousRefs?.index === s.index - 1 && (MEETING.test(s.text) || /^However\b/.test(s.text)))
    const agenda = agendaIn(content)
    const proposal = proposalIn(s.text)
    const outcomes = [...outcomesIn(content), ...(proposal ? [proposal] : [])]
    const recentTalk = previousRefs !== undefined && previousRefs.index >= s.index - 2
    if (!talkish && !((agenda.length || outcomes.length) && recentTalk)) continue
    const keys: string[] = []
    const monthDates = /^However\b/.test(s.text)
      ? []
      : s.dates.filter(
          (d) =>
            d.date.precision === 'month' &&
            d.date.resolved &&
            (!article.anchor || d.date.end < article.anchor),
        )
    for (const d of monthDates) if (d.date.resolved) keys.push(`month:${d.date.start}`)
    if (THIS.test(s.text) || (/^However\b/.test(s.text) && previousRefs?.index === s.index - 1))
      keys.push(...(previousRefs?.keys ?? []))
    if (PREVIOUS.test(s.text)) keys.push('previous')
    if (
      UPCOMING.test(s.text) ||
      (keys.length === 0 && (agenda.length || statusIn(s.text) || /\bwill\b/.test(content)))
    )
      keys.push('upcoming')
    // "Both sides agreed …" right after a sentence about a round is about that round.
    if (keys.length === 0 && outcomes.length && recentTalk) keys.push(...(previousRefs?.keys ?? []))
    // Outcomes of talks the article names without a date are the outcomes of the round it is about.
    if (keys.length === 0 && outcomes.length && TALK.test(s.text)) keys.push('upcoming')
    if (keys.length === 0) continue
    const unique = [...new Set(keys)]
    previousRefs = { index: s.index, keys: unique.filter((k) => k !== 'previous') }
    const ev = (fact: string, i = 0) => evidenceIn(ctx, `e-${fact}-${s.index}-${i}`, s)
    // A denial asserts no date or status: "The Kremlin denied that a round was planned for …"
    const denial = /\b(?:denied|denies|dismissed|rejected)\b/i.test(s.text)
    const status = denial ? undefined : statusIn(s.text)
    for (const key of unique) {
      const monthDate = monthDates.find((d) => d.date.resolved && `month:${d.date.start}` === key)
      const r = round(key, monthDate?.date.resolved ? monthDate.date.start : undefined)
      const before = r.claims.length
      if (key === 'upcoming') {
        const days = s.dates.filter(
          (d) =>
            !denial &&
            (d.date.precision === 'day' || d.date.precision === 'week') &&
            !/[’']s\b/.test(article.text.slice(d.end, d.end + 2)),
        )
        for (const [i, d] of days.entries())
          r.claims.push({ ...ev('date', i), fact: 'date', value: d.date })
        if (status && article.anchor)
          r.claims.push({
            ...ev('status'),
            fact: 'status',
            value: { status, asOf: article.anchor },
          })
        for (const [i, item] of agenda.entries())
          r.claims.push({ ...ev('agenda', i), fact: 'agenda', value: item })
      }
      if (monthDate) {
        r.claims.push({ ...ev('date'), fact: 'date', value: monthDate.date })
        if (article.anchor)
          r.claims.push({
            ...ev('status'),
            fact: 'status',
            value: { status: 'held', asOf: article.anchor },
          })
      }
      for (const [i, o] of outcomes.entries())
        r.claims.push({ ...ev('outcome', i), fact: 'outcome', value: o })
      const ordinal = ordinalRound(s.text)
      if (ordinal && key === 'upcoming') r.ordinal = ordinal
      for (const v of venuesIn(s)) if (!r.venues.includes(v)) r.venues.push(v)
      const [unknownVenue] = r.venues.length === 0 ? unknownPlaces(s) : []
      if (unknownVenue) {
        r.venues.push(unknownVenue.proposedId)
        r.newNames.push(unknownVenue)
      }
      for (const p of partiesIn(s)) r.parties.add(p)
      if (r.claims.length > before || r.sentences.length === 0) r.sentences.push(s.index)
      r.newNames.push(...speakerNewNames(s))
    }
  }
  return toDrafts(rounds, ctx, delegationHeads(article))
}

const toDrafts = (
  rounds: Map<string, Round>,
  ctx: DraftContext,
  heads: Map<string, string>,
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
  const ordered = [...past, ...(upcoming ? [upcoming] : [])].filter((r) => r.claims.length > 0)
  const firstNumber = Math.max(1, (upcoming?.ordinal ?? ordered.length) - ordered.length + 1)
  const venue = ordered.flatMap((r) => r.venues)[0]
  const parties = new Set(ordered.flatMap((r) => [...r.parties]))
  let previousId: string | undefined
  return ordered.map((r, i) => {
    const id = ctx.nextId('talk')
    const sides = [
      ...(r.parties.size >= 2
        ? r.parties
        : parties.size >= 2
          ? parties
          : new Set(['ukraine', 'russia'])),
    ]
    const venueId = r.venues[0] ?? venue ?? 'unknown-venue'
    const roundNumber = firstNumber + i
    const draft: TalkDraft = {
      record: {
        kind: 'talk',
        id,
        title:
          `Round ${roundNumber} of ${sides.map((p) => actorById(p)?.name ?? p).join('–')} talks in ${placeById(venueId)?.name ?? 'an unnamed venue'}`.slice(
            0,
            300,
          ),
        round: roundNumber,
        venueId,
        level: 'delegation',
        partyIds: sides,
        // the article's negotiators lead the round it is about: the latest one
        delegations: i === ordered.length - 1 ? delegationsOf(sides, heads) : [],
        ...(previousId ? { previousRoundId: previousId } : {}),
        claims: r.claims.map((c, j) => ({ ...c, id: `${id}-e${j + 1}` })),
      },
      newNames: r.newNames,
      sentences: [...new Set(r.sentences)],
    }
    previousId = id
    return draft
  })
}
