import { type Attack, placeById, type SitrepRecord } from '@sitrep/domain'
import { aidSignals } from './merge-aid.ts'
import { launchSignals, tollSignal } from './merge-counts.ts'
import { placeSignal } from './merge-places.ts'
import type { Signal } from './merge-signals.ts'
import { statementSignals } from './merge-statements.ts'
import { talkSignals } from './merge-talks.ts'
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

/** Signals particular to each kind: what makes two records one event. */
export const kindSignals = (a: SitrepRecord, b: SitrepRecord): (Signal | undefined)[] => {
  if (a.kind === 'attack' && b.kind === 'attack') return attackSignals(a, b)
  if (a.kind === 'talk' && b.kind === 'talk') return talkSignals(a, b)
  if (a.kind === 'aid' && b.kind === 'aid') return aidSignals(a, b)
  if (a.kind === 'statement' && b.kind === 'statement') return statementSignals(a, b)
  return []
}
