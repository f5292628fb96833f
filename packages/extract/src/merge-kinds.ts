import { type Attack, placeById, type SitrepRecord, type Talk } from '@sitrep/domain'
import { aidSignals } from './merge-aid.ts'
import { launchSignals, tollSignal } from './merge-counts.ts'
import { placeSignal } from './merge-places.ts'
import { overlapSignal, type Signal } from './merge-signals.ts'
import { statementSignals } from './merge-statements.ts'
import { waveSignal } from './merge-wave.ts'
import { weaponSignal } from './merge-weapons.ts'

/**
 * The places a record covers: those it names, and the country a count of the whole wave is
 * scoped to ("over 800 drones" at Ukraine) — a city struck that night lies within it.
 */
const coveredPlaces = (r: Attack): string[] => [
  ...r.placeIds,
  ...r.claims.flatMap((c) =>
    (c.fact === 'launched' || c.fact === 'intercepted') &&
    c.value.scope !== undefined &&
    placeById(c.value.scope)?.kind === 'country'
      ? [c.value.scope]
      : [],
  ),
]

/** Two signals of one thing (where): the stronger counts, not both. */
const strongest = (...signals: (Signal | undefined)[]): Signal | undefined =>
  signals.reduce<Signal | undefined>(
    (best, s) => (s && (!best || s.weight > best.weight) ? s : best),
    undefined,
  )

const attackSignals = (a: Attack, b: Attack): (Signal | undefined)[] => [
  { weight: 0.15, reason: `same attacker and target (${a.attackerId} on ${a.targetId})` },
  strongest(placeSignal(coveredPlaces(a), coveredPlaces(b)), waveSignal(a, b)),
  ...launchSignals(a, b),
  ...launchSignals(a, b, 'intercepted'),
  tollSignal(a, b),
  weaponSignal(a, b),
]

/** The extractor's placeholder for a venue the article does not name says nothing. */
const knownVenue = (id: string) => !id.startsWith('unknown')

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
const talkSignals = (a: Talk, b: Talk): (Signal | undefined)[] => {
  const heads = (t: Talk) => t.delegations.flatMap((d) => (d.headId ? [d.headId] : []))
  const [x, y] = [statedRound(a), statedRound(b)]
  return [
    a.venueId === b.venueId && knownVenue(a.venueId)
      ? { weight: 0.35, reason: `same venue (${a.venueId})` }
      : undefined,
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

/** Signals particular to each kind: what makes two records one event. */
export const kindSignals = (a: SitrepRecord, b: SitrepRecord): (Signal | undefined)[] => {
  if (a.kind === 'attack' && b.kind === 'attack') return attackSignals(a, b)
  if (a.kind === 'talk' && b.kind === 'talk') return talkSignals(a, b)
  if (a.kind === 'aid' && b.kind === 'aid') return aidSignals(a, b)
  if (a.kind === 'statement' && b.kind === 'statement') return statementSignals(a, b)
  return []
}
