import type { Attack, AttackClaim } from '@sitrep/domain'
import { dayClaimValue, type evidenceFactory, randomDay, shiftDay } from './evidence.ts'
import type { Random } from './random.ts'
import type { World } from './world.ts'

type Cite = ReturnType<typeof evidenceFactory>

/**
 * Most attacks are Russian strikes on Ukrainian cities; some are Ukrainian drones over Russia.
 * One in five carries a second, disagreeing casualty count, as early and later tolls do.
 */
export const generateAttack = (rng: Random, world: World, id: string, cite: Cite): Attack => {
  const byRussia = rng.chance(0.85)
  const cities = byRussia ? world.ukrainianCities : world.russianCities
  const struck = [...new Set([rng.pick(cities), rng.pick(cities)].slice(0, rng.int(1, 2)))]
  const [main] = struck
  if (!main) throw new Error('no city struck')
  const weapon = rng.pick(['drone', 'missile', 'glide-bomb', 'artillery'] as const)
  const day = randomDay(rng)
  const killed = rng.chance(0.6) ? rng.int(0, 12) : rng.int(0, 2)
  const injured = killed * rng.int(1, 5) + rng.int(0, 6)
  const claims: AttackClaim[] = [
    {
      ...cite(`A ${weapon} attack hit ${main.name} overnight, officials said.`),
      fact: 'date',
      value: dayClaimValue(day, 'overnight'),
    },
    {
      ...cite(`At least ${killed} people were killed in ${main.name}.`),
      fact: 'killed',
      value: { qualifier: 'at-least', value: killed, scope: main.id, raw: `at least ${killed}` },
    },
    {
      ...cite(`${injured} people were injured in ${main.name}, the regional governor said.`),
      fact: 'injured',
      value: { qualifier: 'exact', value: injured, scope: main.id, raw: `${injured} injured` },
    },
  ]
  if (rng.chance(0.2)) {
    claims.push({
      ...cite(`Only ${Math.max(0, killed - 1)} people died in ${main.name}, another account said.`),
      fact: 'killed',
      value: { qualifier: 'at-most', value: Math.max(0, killed - 1), scope: main.id },
    })
  }
  if (weapon === 'drone' || weapon === 'missile') {
    const launched = rng.int(5, 600)
    claims.push({
      ...cite(`${launched} ${weapon}s were launched; air defence shot down most of them.`),
      fact: 'intercepted',
      value: { qualifier: 'exact', value: rng.int(0, launched), subject: `${weapon}s` },
    })
  }
  if (rng.chance(0.1)) {
    claims.push({
      ...cite(`Others reported the attack a day later, on ${shiftDay(day, 1)}.`),
      fact: 'date',
      value: dayClaimValue(shiftDay(day, 1), 'the next day'),
    })
  }
  return {
    kind: 'attack',
    id,
    title: `${byRussia ? 'Russian' : 'Ukrainian'} ${weapon} attack on ${main.name}`,
    summary: `${killed} killed and ${injured} injured in ${struck.map((p) => p.name).join(' and ')}.`,
    attackerId: byRussia ? 'russia' : 'ukraine',
    targetId: byRussia ? 'ukraine' : 'russia',
    placeIds: struck.map((p) => p.id),
    weapons: [{ type: weapon }],
    claims,
  }
}
