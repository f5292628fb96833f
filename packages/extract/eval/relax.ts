import type { Fact, FactRecord } from './facts.ts'

/**
 * Diagnostic scoring: the same comparison with parts of each fact's key ignored, to tell a wrong
 * value from a right value credited to the wrong speaker or scope. The figures say which kind of
 * error dominates a field without showing any passage, so they may be read on the frozen test set.
 */
export type Relaxation = 'who' | 'scope' | 'who+scope'

export const relaxations: readonly Relaxation[] = ['who', 'scope', 'who+scope']

const relaxKey = (key: string, how: Relaxation): string => {
  let k = key
  if (how !== 'scope') k = k.replace(/@[^@]*$/, '')
  if (how !== 'who') k = k.replace(/ scope=[^ @]*/, '')
  return k
}

const relaxFact = (f: Fact, how: Relaxation): Fact => ({ ...f, key: relaxKey(f.key, how) })

export const relaxRecord = (r: FactRecord, how: Relaxation): FactRecord => ({
  ...r,
  facts: r.facts.map((f) => relaxFact(f, how)),
})
