import type { AidClaim } from './aid.ts'
import type { AttackClaim } from './attack.ts'
import type { Asserter, Evidence } from './evidence.ts'
import type { ActorId, PlaceId } from './ids.ts'
import type { Measure } from './measure.ts'
import type { SitrepRecord } from './record.ts'

/**
 * One dictionary entry standing for another: the editor maps a name the extractor could not
 * place ("Zelenskyy's office", proposed as `new-zelenskyys-office`) to the entry sitrep holds.
 * Actor and place ids share one alphabet, so the type says which kind of link is renamed.
 */
export type EntityRename =
  | { readonly type: 'actor'; readonly from: ActorId; readonly to: ActorId }
  | { readonly type: 'place'; readonly from: PlaceId; readonly to: PlaceId }

type Rename = (id: string) => string

const keep: Rename = (id) => id
const renaming =
  (from: string, to: string): Rename =>
  (id) =>
    id === from ? to : id

/** A list that names the same entry twice says nothing more, so a rename that merges two keeps one. */
const renameAll = (ids: readonly string[], to: Rename): string[] => [...new Set(ids.map(to))]

const asserter = (a: Asserter, actor: Rename): Asserter =>
  a.type === 'actor'
    ? { ...a, actorId: actor(a.actorId) }
    : a.affiliationId === undefined
      ? a
      : { ...a, affiliationId: actor(a.affiliationId) }

/** Only the attribution chain names actors; the quote and note are the source's words. */
const evidence = <E extends Evidence>(e: E, actor: Rename): E => ({
  ...e,
  assertedBy: asserter(e.assertedBy, actor),
  ...(e.citing ? { citing: asserter(e.citing, actor) } : {}),
  ...(e.reportedBy ? { reportedBy: asserter(e.reportedBy, actor) } : {}),
})

/** A count's scope is a place; its `raw` words stay as printed. */
const measure = (m: Measure, place: Rename): Measure =>
  m.scope === undefined ? m : { ...m, scope: place(m.scope) }

const aidClaim = (c: AidClaim, actor: Rename, place: Rename): AidClaim => {
  const e = evidence(c, actor)
  switch (e.fact) {
    case 'attendance':
      return { ...e, value: measure(e.value, place) }
    case 'item':
      return e.value.quantity
        ? { ...e, value: { ...e.value, quantity: measure(e.value.quantity, place) } }
        : e
    default:
      return e
  }
}

const attackClaim = (c: AttackClaim, actor: Rename, place: Rename): AttackClaim => {
  const e = evidence(c, actor)
  switch (e.fact) {
    case 'killed':
    case 'injured':
    case 'launched':
    case 'intercepted':
    case 'hit':
      return { ...e, value: measure(e.value, place) }
    case 'effect': {
      const { duration } = e.value
      return {
        ...e,
        value: {
          ...e.value,
          placeIds: renameAll(e.value.placeIds, place),
          ...(duration?.hours
            ? { duration: { ...duration, hours: measure(duration.hours, place) } }
            : {}),
        },
      }
    }
    default:
      return e
  }
}

const renamed = (record: SitrepRecord, actor: Rename, place: Rename): SitrepRecord => {
  switch (record.kind) {
    case 'talk':
      return {
        ...record,
        ...(record.venueId ? { venueId: place(record.venueId) } : {}),
        partyIds: renameAll(record.partyIds, actor),
        delegations: record.delegations.map((d) => ({
          ...d,
          partyId: actor(d.partyId),
          ...(d.headId === undefined ? {} : { headId: actor(d.headId) }),
        })),
        claims: record.claims.map((c) => evidence(c, actor)),
      }
    case 'aid':
      return {
        ...record,
        donorIds: renameAll(record.donorIds, actor),
        recipientId: actor(record.recipientId),
        ...(record.forum
          ? { forum: { ...record.forum, chairIds: renameAll(record.forum.chairIds, actor) } }
          : {}),
        claims: record.claims.map((c) => aidClaim(c, actor, place)),
      }
    case 'attack':
      return {
        ...record,
        attackerId: actor(record.attackerId),
        targetId: actor(record.targetId),
        placeIds: renameAll(record.placeIds, place),
        claims: record.claims.map((c) => attackClaim(c, actor, place)),
      }
    case 'statement':
      // `aboutIds` are records, not dictionary entries; `speakerRole` and `text` are the source's words.
      return {
        ...record,
        speaker: asserter(record.speaker, actor),
        claims: record.claims.map((c) => evidence(c, actor)),
      }
  }
}

/**
 * The record with every link to one actor or place moved to another, field by field: titles,
 * quotes and `raw` phrases are the source's words and never change. Lists that then name the
 * same entry twice keep it once, so mapping one party of a talk onto the other leaves a talk
 * with one party, which `SitrepRecord` refuses; callers parse the result before writing it.
 */
export const renameEntity = <R extends SitrepRecord>(record: R, rename: EntityRename): R => {
  const to = renaming(rename.from, rename.to)
  const result = rename.type === 'actor' ? renamed(record, to, keep) : renamed(record, keep, to)
  // `renamed` keeps the kind it was given; spreading over the original says so without a cast.
  return { ...record, ...result }
}
