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
 * One marker per place hit. Regions are marked only for attacks that name no city: a region's
 * centre beside the cities it contains (Kyiv oblast around Kyiv) adds a dot no source described.
 * Casualty counts are the ones the sources scope to the place.
 */
export const attackMarkers = (
  attacks: readonly Attack[],
  placeById: (id: string) => Place | undefined,
): AttackMarker[] => {
  const markers = new Map<string, AttackMarker>()
  for (const attack of attacks) {
    const places = attack.placeIds.flatMap((id) => placeById(id) ?? [])
    const namesCity = places.some((p) => p.kind === 'city')
    for (const place of places) {
      if (place.kind === 'country' || (place.kind === 'region' && namesCity)) continue
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
