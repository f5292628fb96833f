import type { Actor } from '../actor.ts'

type Entry = Omit<Actor, 'kind' | 'countryId' | 'stateId' | 'roles'> & Partial<Pick<Actor, 'roles'>>

/**
 * Builds entries that belong to one state: they share its country and its `stateId`, which is
 * how a claim by, say, Russia's Ministry of Defence is recognised as a belligerent's.
 */
export const memberOf =
  (stateId: string, countryId: string) =>
  (kind: Actor['kind'], entry: Entry): Actor => ({
    ...entry,
    kind,
    countryId,
    stateId,
    roles: entry.roles ?? [],
  })
