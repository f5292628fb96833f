import type { Attack, SitrepRecord, Statement, Talk } from '@sitrep/domain'
import { aidSignals } from './merge-aid.ts'
import { launchSignals, tollSignal } from './merge-counts.ts'
import { placeSignal } from './merge-places.ts'
import { overlapSignal, type Signal, wordOverlap } from './merge-signals.ts'

/**
 * Weapons: a model both name ("Iskander-K in both") is specific; the same mix of types (drones
 * and missiles) only separates a combined wave from a lone drone raid, so it weighs little.
 */
const weaponSignal = (a: Attack, b: Attack): Signal | undefined => {
  const models = (r: Attack) =>
    new Set(r.weapons.flatMap((w) => (w.model ? [w.model.toLowerCase()] : [])))
  const shared = [...models(a)].filter((m) => models(b).has(m))
  if (shared.length > 0) return { weight: 0.1, reason: `${shared.join(', ')} in both` }
  const types = (r: Attack) => [...new Set(r.weapons.map((w) => w.type))].sort().join(' and ')
  return types(a) !== '' && types(a) === types(b)
    ? { weight: 0.05, reason: `${types(a)} in both` }
    : undefined
}

const attackSignals = (a: Attack, b: Attack): (Signal | undefined)[] => [
  { weight: 0.15, reason: `same attacker and target (${a.attackerId} on ${a.targetId})` },
  placeSignal(a.placeIds, b.placeIds),
  ...launchSignals(a, b),
  tollSignal(a, b),
  weaponSignal(a, b),
]

const KNOWN_VENUE = (id: string) => !id.startsWith('unknown')

/**
 * Rounds: the round number is what tells Istanbul in June from Istanbul in July, so a round
 * named differently by both counts against; the venue and the heads of delegation support.
 */
const talkSignals = (a: Talk, b: Talk): (Signal | undefined)[] => {
  const heads = (t: Talk) => t.delegations.flatMap((d) => (d.headId ? [d.headId] : []))
  return [
    a.venueId === b.venueId && KNOWN_VENUE(a.venueId)
      ? { weight: 0.2, reason: `same venue (${a.venueId})` }
      : undefined,
    a.round === b.round
      ? { weight: 0.25, reason: `same round (${a.round})` }
      : { weight: -0.3, reason: `round ${a.round} against round ${b.round}` },
    overlapSignal('parties', a.partyIds, b.partyIds, 0.1),
    overlapSignal('heads of delegation', heads(a), heads(b), 0.1),
  ]
}

const statementSignals = (a: Statement, b: Statement): (Signal | undefined)[] => {
  const overlap = wordOverlap(a.text, b.text)
  return [
    { weight: 0.25, reason: 'same speaker' },
    overlap >= 0.4
      ? { weight: 0.6 * overlap, reason: `similar words (${Math.round(overlap * 100)}% shared)` }
      : undefined,
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
