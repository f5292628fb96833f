import { type Attack, type Bounds, measureBounds, type Place } from '@sitrep/domain'

export interface AttackMarker {
  readonly place: Place
  readonly attackIds: readonly string[]
  /** Counts the sources scope to this place; absent when they give none for it. */
  readonly killed?: Bounds
  readonly injured?: Bounds
}

const addBounds = (a: Bounds | undefined, b: Bounds): Bounds =>
  a ? { low: a.low + b.low, high: a.high + b.high } : b

/** The widest bounds among the claims scoped to a place ("at least one" and "one" → [1, ∞)). */
const scopedBounds = (attack: Attack, fact: 'killed' | 'injured', placeId: string) => {
  let best: Bounds | undefined
  for (const c of attack.claims) {
    if (c.fact !== fact || c.value.scope !== placeId) continue
    const b = measureBounds(c.value)
    if (!best || b.low > best.low) best = b
  }
  return best
}

/**
 * One marker per place hit. A region is left out when a place inside it is marked by the same
 * attack (Kyiv oblast beside the city of Kyiv); casualty counts are the ones scoped to the place.
 */
export const attackMarkers = (
  attacks: readonly Attack[],
  placeById: (id: string) => Place | undefined,
): AttackMarker[] => {
  const markers = new Map<string, AttackMarker>()
  for (const attack of attacks) {
    const places = attack.placeIds.flatMap((id) => placeById(id) ?? [])
    const parents = new Set(places.map((p) => p.parentId))
    for (const place of places) {
      if (place.kind === 'country' || (place.kind === 'region' && parents.has(place.id))) continue
      const before = markers.get(place.id)
      const killed = scopedBounds(attack, 'killed', place.id)
      const injured = scopedBounds(attack, 'injured', place.id)
      markers.set(place.id, {
        place,
        attackIds: [...(before?.attackIds ?? []), attack.id],
        ...(killed || before?.killed
          ? { killed: killed ? addBounds(before?.killed, killed) : before?.killed }
          : {}),
        ...(injured || before?.injured
          ? { injured: injured ? addBounds(before?.injured, injured) : before?.injured }
          : {}),
      })
    }
  }
  return [...markers.values()]
}

/**
 * Marker radius from the casualty floors: area grows with the count, so a place with nine
 * casualties is not drawn nine times as wide as a place with one.
 */
export const markerRadius = (m: AttackMarker): number =>
  5 + 2.5 * Math.sqrt((m.killed?.low ?? 0) * 2 + (m.injured?.low ?? 0))
