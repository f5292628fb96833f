import type { AidClaim } from '@sitrep/domain'
import type { AidAccumulator as Accumulator } from './aid-forum.ts'

const amountKey = (c: AidClaim): string | undefined =>
  c.fact === 'money' && c.value.kind === 'amount'
    ? `${c.value.amount} ${c.value.currency}`
    : undefined

/** Two lists of givers that share none: "the third by A for $5m, the fourth by B for $5m". */
export const otherGivers = (a: readonly string[], b: readonly string[]): boolean =>
  a.length > 0 && b.length > 0 && !a.some((d) => b.includes(d))

/**
 * The same payment named twice ("allocate at least €40 billion …", then the declaration's "a
 * package of at least €40 billion") is one record: a record whose amounts all repeat an earlier
 * record's joins it.
 */
export const mergeRepeatedPayments = (all: Accumulator[]): Accumulator[] => {
  const kept: Accumulator[] = []
  for (const acc of all) {
    const amounts = acc.claims.map(amountKey).filter((k) => k !== undefined)
    const earlier =
      amounts.length > 0
        ? kept.find(
            (k) =>
              k.stage === acc.stage &&
              !otherGivers(k.donorIds, acc.donorIds) &&
              amounts.every((a) => k.claims.some((c) => amountKey(c) === a)),
          )
        : undefined
    if (!earlier) {
      kept.push(acc)
      continue
    }
    earlier.claims.push(...acc.claims.filter((c) => amountKey(c) === undefined))
    for (const d of acc.donorIds) if (!earlier.donorIds.includes(d)) earlier.donorIds.push(d)
    earlier.sentences.push(...acc.sentences)
    earlier.newNames.push(...acc.newNames)
    // the declaration that repeats the amount may be the one that names the summit
    if (acc.forum && !earlier.forum) earlier.forum = acc.forum
  }
  return kept
}
