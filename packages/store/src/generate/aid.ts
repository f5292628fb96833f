import type { Aid, AidClaim } from '@sitrep/domain'
import { dayClaimValue, type evidenceFactory, randomDay } from './evidence.ts'
import type { Random } from './random.ts'
import type { World } from './world.ts'

type Cite = ReturnType<typeof evidenceFactory>

const ITEMS = [
  'Patriot system',
  'IRIS-T launcher',
  'artillery shells',
  'interceptor drones',
  'Leopard tanks',
  'generators',
]

/** Requests, pledges and deliveries from the donor states, in euros with a stated qualifier. */
export const generateAid = (rng: Random, world: World, id: string, cite: Cite): Aid => {
  const donor = rng.pick(world.donors)
  const stage = rng.pick(['request', 'pledge', 'pledge', 'delivery'] as const)
  const category = rng.pick(['military', 'military', 'financial', 'humanitarian'] as const)
  const millions = rng.int(5, 5000)
  const item = rng.pick(ITEMS)
  const claims: AidClaim[] = [
    {
      ...cite(`${donor.name} announced the package on ${randomDay(rng)}.`),
      fact: 'date',
      value: dayClaimValue(randomDay(rng), 'on Monday'),
    },
    {
      ...cite(`The package is worth over €${millions} million.`),
      fact: 'money',
      value: {
        kind: 'amount',
        amount: millions * 1_000_000,
        currency: 'EUR',
        qualifier: rng.pick(['exact', 'over', 'about'] as const),
        per: 'total',
      },
    },
    {
      ...cite(`It includes ${item}s.`),
      fact: 'item',
      value: { name: item, quantity: { qualifier: 'exact', value: rng.int(1, 100) } },
    },
  ]
  return {
    kind: 'aid',
    id,
    title: `${donor.name}: ${stage} of ${category} aid (${item}s)`,
    stage,
    category,
    donorIds: [donor.id],
    recipientId: 'ukraine',
    claims,
  }
}
