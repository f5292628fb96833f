import type { AnyClaim, Attack } from '@sitrep/domain'
import { fingerprint } from '../ids.ts'
import { DATASET_PREFIXES } from './fuse.ts'

const subjectOf = (c: AnyClaim): string | undefined =>
  typeof c.value === 'object' && c.value !== null && 'subject' in c.value
    ? c.value.subject
    : undefined

/**
 * Undoes a wrong fusion: the chosen claims leave the record and become a record of their own
 * (both written as revisions by the caller). The new record takes its id from the dataset
 * record the claims came from, so re-importing that file later finds it again; its places are
 * those its own claims name, its weapons those its counts are of.
 */
export const splitAttack = (
  held: Attack,
  pick: (claim: AnyClaim) => boolean,
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
  const places = [
    ...new Set(
      moving.flatMap((c) =>
        c.fact === 'effect'
          ? c.value.placeIds
          : 'scope' in c.value && c.value.scope
            ? [c.value.scope]
            : [],
      ),
    ),
  ]
  const subjects = moving.map(subjectOf).filter((s): s is string => s !== undefined)
  const weapons = held.weapons.filter(
    (w) => w.model && subjects.some((s) => s.startsWith(w.model ?? '')),
  )
  return {
    kept: { ...held, claims: staying },
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
