import type { SitrepRecord } from '@sitrep/domain'
import { generateAid } from './aid.ts'
import { generateAttack } from './attack.ts'
import { evidenceFactory } from './evidence.ts'
import { createRandom } from './random.ts'
import { generateStatement } from './statement.ts'
import { generateTalk } from './talk.ts'
import { type World, worldFromDictionaries } from './world.ts'

export interface GenerateOptions {
  records: number
  seed: number
  world?: World
}

/**
 * Proportions read off the seed article and the trackers sitrep resembles: attacks and
 * statements dominate, talks are rare.
 */
const KINDS = [
  ['attack', 0.45],
  ['statement', 0.33],
  ['aid', 0.15],
  ['talk', 0.07],
] as const

const pickKind = (roll: number) => {
  let rest = roll
  for (const [kind, share] of KINDS) {
    rest -= share
    if (rest < 0) return kind
  }
  return 'attack'
}

/** Synthetic records for benchmarks: deterministic for a seed, never used by the product. */
export function* generateRecords(options: GenerateOptions): Generator<SitrepRecord> {
  const rng = createRandom(options.seed)
  const world = options.world ?? worldFromDictionaries()
  const sourcePool = Math.max(1, Math.ceil(options.records / 20))
  for (let i = 1; i <= options.records; i++) {
    const kind = pickKind(rng.next())
    const id = `${kind}-gen-${options.seed}-${i}`
    const cite = evidenceFactory(rng, world, id, sourcePool)
    if (kind === 'attack') yield generateAttack(rng, world, id, cite)
    else if (kind === 'statement') yield generateStatement(rng, world, id, cite)
    else if (kind === 'aid') yield generateAid(rng, world, id, cite)
    else yield generateTalk(rng, world, id, cite)
  }
}
