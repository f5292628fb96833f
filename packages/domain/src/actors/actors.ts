import { z } from 'zod'
import { Actor } from '../actor.ts'
import { institutions } from './institutions.ts'
import { newsAgencies } from './news-agencies.ts'
import { otherPeople } from './people-others.ts'
import { russianPeople } from './people-russia.ts'
import { ukrainianPeople } from './people-ukraine.ts'
import { internationalOrganisations, states } from './states.ts'

/**
 * The actor dictionary, parsed at module load so that a bad entry fails at import.
 *
 * Role dates are the days of appointment and dismissal decrees (or of taking office where no
 * decree applies). Only dates known for certain are recorded: a role whose start is unknown is
 * left out, and an open role means no end was known when the entry was last checked
 * (July 2025, the seed article's month; Yermak's dismissal in November 2025 is the one later
 * date).
 */
export const actors: readonly Actor[] = z
  .array(Actor)
  .parse([
    ...states,
    ...internationalOrganisations,
    ...institutions,
    ...newsAgencies,
    ...ukrainianPeople,
    ...russianPeople,
    ...otherPeople,
  ])

const byId = new Map(actors.map((a) => [a.id, a]))

export const actorById = (id: string): Actor | undefined => byId.get(id)
