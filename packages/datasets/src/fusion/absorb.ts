import { type Attack, mergeClaims, type SitrepRecord } from '@sitrep/domain'
import { isOwnClaim } from '../ids.ts'

/**
 * A held record with a dataset record's evidence in it: the dataset record's earlier claims
 * (found by their id prefix) replaced by its current ones, and its places and weapons added.
 * Replacing rather than appending is what makes a newer file's changed row a new revision and
 * the same file a no-op.
 */
export const absorb = <R extends SitrepRecord>(held: R, incoming: Attack): R => {
  const kept = held.claims.filter((c) => !isOwnClaim(incoming.id, c.id))
  const base = { ...held, claims: kept }
  if (base.kind !== 'attack' || held.kind !== 'attack') return held
  const merged = mergeClaims(base, incoming.claims)
  const placeIds = [...new Set([...held.placeIds, ...incoming.placeIds])].slice(0, 200)
  const weapons = [...held.weapons]
  for (const w of incoming.weapons)
    if (!weapons.some((x) => x.type === w.type && x.model === w.model) && weapons.length < 50)
      weapons.push(w)
  return { ...held, ...merged, placeIds, weapons }
}

/** Same content, so writing it again would be an empty revision. */
export const sameRecord = (a: SitrepRecord, b: SitrepRecord): boolean =>
  JSON.stringify(a) === JSON.stringify(b)
