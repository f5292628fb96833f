import type { Talk, TalkClaim } from '@sitrep/domain'
import { dayClaimValue, type evidenceFactory, randomDay, shiftDay } from './evidence.ts'
import type { Random } from './random.ts'
import type { World } from './world.ts'

type Cite = ReturnType<typeof evidenceFactory>

const TOPICS = [
  'prisoner-of-war exchange',
  'return of abducted children',
  'a ceasefire',
  'grain exports',
  'a presidential-level meeting',
  'the Zaporizhzhia nuclear plant',
]

/** A round of talks in a third country; a third of them have a disputed date, as in Istanbul. */
export const generateTalk = (rng: Random, world: World, id: string, cite: Cite): Talk => {
  const venue = rng.pick(world.venues)
  const day = randomDay(rng)
  const ua = rng.pick(world.ukrainianSpeakers)
  const ru = rng.pick(world.russianSpeakers)
  const claims: TalkClaim[] = [
    {
      ...cite(`The next round will take place in ${venue.name} on ${day}.`, ua.id),
      fact: 'date',
      value: dayClaimValue(day, 'on Wednesday'),
    },
    {
      ...cite(`The talks in ${venue.name} have been confirmed.`, ru.id),
      fact: 'status',
      value: { status: rng.pick(['announced', 'confirmed', 'held'] as const), asOf: day },
    },
    {
      ...cite(`On the agenda: ${rng.pick(TOPICS)}.`, ua.id),
      fact: 'agenda',
      value: { topic: rng.pick(TOPICS), included: rng.chance(0.8) },
    },
  ]
  if (rng.chance(0.33)) {
    claims.push({
      ...cite('A source said the meeting would be held a day later.'),
      fact: 'date',
      value: dayClaimValue(shiftDay(day, 1), 'on Thursday'),
    })
  }
  return {
    kind: 'talk',
    id,
    title: `Ukraine–Russia talks in ${venue.name}`,
    summary: `Delegations led by ${ua.name} and ${ru.name} meet in ${venue.name}.`,
    round: rng.int(1, 12),
    venueId: venue.id,
    level: rng.pick(['delegation', 'ministerial', 'presidential'] as const),
    partyIds: ['ukraine', 'russia'],
    delegations: [
      { partyId: 'ukraine', headId: ua.id },
      { partyId: 'russia', headId: ru.id },
    ],
    claims,
  }
}
