import type { Actor } from './actor.ts'
import type { Asserter } from './evidence.ts'
import type { ActorId } from './ids.ts'

/** The parties to the war. A claim either makes about the fighting is a belligerent's claim. */
export const PARTIES_TO_THE_WAR: readonly ActorId[] = ['ukraine', 'russia']

/**
 * The state an asserter speaks for: a state itself, or the state an institution, force, agency
 * or person belongs to; an unnamed source's stated affiliation ("Ukrainian officials").
 */
export const sideOf = (
  asserter: Asserter,
  actorById: (id: ActorId) => Actor | undefined,
): ActorId | undefined => {
  const id = asserter.type === 'actor' ? asserter.actorId : asserter.affiliationId
  const actor = id === undefined ? undefined : actorById(id)
  if (!actor) return undefined
  return actor.kind === 'state' ? actor.id : actor.stateId
}

/** True when a party to the war is behind the claim: shown as such, never as established fact. */
export const isBelligerentClaim = (
  asserter: Asserter,
  actorById: (id: ActorId) => Actor | undefined,
): boolean => {
  const side = sideOf(asserter, actorById)
  return side !== undefined && PARTIES_TO_THE_WAR.includes(side)
}
