import type { AnyClaim, Attack, SitrepRecord } from '@sitrep/domain'
import { fingerprint } from '../ids.ts'
import { DATASET_PREFIXES } from './fuse.ts'

type Weapon = Attack['weapons'][number]

const subjectOf = (c: AnyClaim): string | undefined =>
  typeof c.value === 'object' && c.value !== null && 'subject' in c.value
    ? c.value.subject
    : undefined

/** The places a claim itself names: an effect's places, a count's scope. */
const placesNamedBy = (c: AnyClaim): string[] =>
  c.fact === 'effect'
    ? c.value.placeIds
    : 'scope' in c.value && c.value.scope
      ? [c.value.scope]
      : []

const sameWeapon = (a: Weapon, b: Weapon) => a.type === b.type && a.model === b.model

/** Weapons whose model a claim counts (a subject "Shahed-136/131 shot down" names its model). */
const weaponsCountedBy = (claims: readonly AnyClaim[], weapons: readonly Weapon[]): Weapon[] => {
  const subjects = claims.map(subjectOf).filter((s): s is string => s !== undefined)
  return weapons.filter((w) => w.model && subjects.some((s) => s.startsWith(w.model ?? '')))
}

/**
 * The places and weapons that came into the record with the claims now leaving it: what each
 * revision that first brought one of those claims added (an absorb adds the dataset record's
 * places and weapons beside its claims). `history` is the record's versions, oldest first.
 */
const broughtWith = (history: readonly SitrepRecord[], leaving: ReadonlySet<string>) => {
  const places = new Set<string>()
  const weapons: Weapon[] = []
  history.forEach((version, i) => {
    const before = history[i - 1]
    if (before?.kind !== 'attack' || version.kind !== 'attack') return
    const had = new Set(before.claims.map((c) => c.id))
    if (!version.claims.some((c) => leaving.has(c.id) && !had.has(c.id))) return
    for (const p of version.placeIds) if (!before.placeIds.includes(p)) places.add(p)
    for (const w of version.weapons)
      if (!before.weapons.some((x) => sameWeapon(x, w))) weapons.push(w)
  })
  return { places, weapons }
}

/**
 * Undoes a wrong fusion: the chosen claims leave the record and become a record of their own
 * (both written as revisions by the caller). The new record takes its id from the dataset
 * record the claims came from, so re-importing that file later finds it again; its places are
 * those its own claims name, its weapons those its counts are of. Given the record's history,
 * the kept record also gives back the places and weapons that arrived with the leaving claims,
 * unless a claim it keeps names them.
 */
export const splitAttack = (
  held: Attack,
  pick: (claim: AnyClaim) => boolean,
  history: readonly SitrepRecord[] = [],
): { kept: Attack; split: Attack } | string => {
  const moving = held.claims.filter(pick)
  const staying = held.claims.filter((c) => !pick(c))
  if (moving.length === 0) return 'no claim of the record matches'
  if (staying.length === 0) return 'every claim would leave: nothing to split from'
  const [first] = moving
  const prefix = first ? DATASET_PREFIXES.find((p) => first.id.startsWith(p)) : undefined
  const own = first && prefix ? first.id.slice(0, first.id.indexOf('.')) : undefined
  const id =
    own ?? `${held.id}-split-${fingerprint(moving.map((c) => c.id).join(','))}`.slice(0, 120)
  const places = [...new Set(moving.flatMap(placesNamedBy))]
  const weapons = weaponsCountedBy(moving, held.weapons)

  const brought = broughtWith(history, new Set(moving.map((c) => c.id)))
  const stillNamed = new Set(staying.flatMap(placesNamedBy))
  const stillCounted = weaponsCountedBy(staying, held.weapons)
  const keptPlaces = held.placeIds.filter((p) => !brought.places.has(p) || stillNamed.has(p))
  const keptWeapons = held.weapons.filter(
    (w) =>
      !brought.weapons.some((b) => sameWeapon(b, w)) || stillCounted.some((s) => sameWeapon(s, w)),
  )
  return {
    kept: {
      ...held,
      claims: staying,
      placeIds: keptPlaces,
      weapons: keptWeapons,
    },
    split: {
      ...held,
      id,
      title: `Split from: ${held.title}`.slice(0, 300),
      summary: `Evidence split out of ${held.id} by an editor: it describes another attack.`,
      placeIds: places.length > 0 ? places : held.placeIds,
      weapons: weapons.length > 0 ? weapons : held.weapons,
      claims: moving,
    },
  }
}
