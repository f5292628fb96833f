import { placeById, type Talk } from '@sitrep/domain'
import { overlapSignal, type Signal } from './merge-signals.ts'

/** A venue as words read it: the gazetteer's name, or the words a drafted id was made from. */
const venueName = (id: string) =>
  (placeById(id)?.name ?? id.replace(/^new-/, '').replace(/-/g, ' ')).toLowerCase()

/**
 * Where: the same venue, or — when one report names only the palace ("talks at the Dolmabahce
 * Palace") and the other the city with the palace beside it ("in Istanbul's Dolmabahce
 * Palace") — a venue one names that the other's own words name too.
 */
const venueSignal = (a: Talk, b: Talk): Signal | undefined => {
  // a talk no source places says nothing of where it was
  const [one, other] = [a.venueId, b.venueId]
  if (!one || !other) return undefined
  if (one === other) return { weight: 0.35, reason: `same venue (${one})` }
  const told = (t: Talk, id: string) =>
    t.claims.some((c) => c.quote.toLowerCase().includes(venueName(id)))
  const named = told(a, other) ? other : told(b, one) ? one : undefined
  return named
    ? { weight: 0.3, reason: `${venueName(named)} named in both (${one} and ${other})` }
    : undefined
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth']
const STATED_ROUND = new RegExp(
  `\\b(${ORDINALS.join('|')}|\\d+(?:st|nd|rd|th))\\s+(?:round|meeting|session)\\b|\\bround\\s+(\\d+)\\b`,
  'i',
)

/**
 * The round a source itself numbers ("the third round", "the second meeting"). A draft's round
 * number is otherwise counted by the extractor from what the article mentions — a guess, not
 * evidence, so only stated rounds are compared.
 */
const statedRound = (t: Talk): number | undefined => {
  for (const c of t.claims) {
    const m = STATED_ROUND.exec(c.quote)
    const word = (m?.[1] ?? '').toLowerCase()
    if (m)
      return ORDINALS.includes(word)
        ? ORDINALS.indexOf(word) + 1
        : Number.parseInt(word || (m[2] ?? ''), 10)
  }
  return undefined
}

/** Figures in what a round agreed ("1,200 prisoners", "6,000 bodies"): a round's fingerprint. */
const outcomeFigures = (t: Talk): Set<string> =>
  new Set(
    t.claims.flatMap((c) =>
      c.fact === 'outcome'
        ? (c.value.text.match(/\d[\d,.]*\d|\d{2,}/g) ?? []).map((n) => n.replace(/,/g, ''))
        : [],
    ),
  )

/**
 * Rounds: the venue and the parties say which talks, the date or a round number the sources
 * state says which round — Istanbul in June and Istanbul in July differ only there.
 */
export const talkSignals = (a: Talk, b: Talk): (Signal | undefined)[] => {
  const heads = (t: Talk) => t.delegations.flatMap((d) => (d.headId ? [d.headId] : []))
  const [x, y] = [statedRound(a), statedRound(b)]
  return [
    venueSignal(a, b),
    x !== undefined && y !== undefined
      ? x === y
        ? { weight: 0.3, reason: `round ${x} in both` }
        : { weight: -0.4, reason: `round ${x} against round ${y}` }
      : undefined,
    overlapSignal('parties', a.partyIds, b.partyIds, 0.15),
    overlapSignal('heads of delegation', heads(a), heads(b), 0.1),
    overlapSignal('figures agreed', [...outcomeFigures(a)], [...outcomeFigures(b)], 0.15),
  ]
}
