import type { Asserter } from '@sitrep/domain'
import type { Dictionaries } from '../lib/api.ts'

/** Who stands behind words: the actor's dictionary name, or the source's own description. */
export const asserterName = (asserter: Asserter, dict: Dictionaries): string =>
  asserter.type === 'actor'
    ? (dict.actor(asserter.actorId)?.name ?? asserter.actorId)
    : asserter.affiliationId
      ? `${asserter.description} (${dict.actor(asserter.affiliationId)?.name ?? asserter.affiliationId})`
      : asserter.description
