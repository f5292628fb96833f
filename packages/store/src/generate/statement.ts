import type { Statement } from '@sitrep/domain'
import { dayClaimValue, type evidenceFactory, randomDay } from './evidence.ts'
import type { Random } from './random.ts'
import type { World } from './world.ts'

type Cite = ReturnType<typeof evidenceFactory>

const SAYINGS = [
  'We need more air defence before the winter.',
  'The negotiations must continue at the highest level.',
  'Our partners have confirmed new deliveries of drones.',
  'The attack on civilians shows that Moscow does not want peace.',
  'Russia is interested in continuing the talks in Istanbul.',
  'Any ceasefire must be verifiable.',
]

/** What officials of both sides say, quoted or paraphrased, on the channels they use. */
export const generateStatement = (rng: Random, world: World, id: string, cite: Cite): Statement => {
  const speaker = rng.pick(rng.chance(0.7) ? world.ukrainianSpeakers : world.russianSpeakers)
  const text = rng.pick(SAYINGS)
  const day = randomDay(rng)
  return {
    kind: 'statement',
    id,
    title: `${speaker.name}: ${text.slice(0, 60)}`,
    speaker: { type: 'actor', actorId: speaker.id },
    mode: rng.pick(['quote', 'paraphrase'] as const),
    text,
    channel: rng.pick(['video-message', 'social-media-post', 'remarks', 'interview'] as const),
    aboutIds: [],
    claims: [
      {
        ...cite(`${speaker.name} said on ${day}: ${text}`, speaker.id),
        fact: 'date',
        value: dayClaimValue(day, 'on Monday'),
      },
      { ...cite(text, speaker.id), fact: 'date', value: dayClaimValue(day, 'today') },
    ],
  }
}
