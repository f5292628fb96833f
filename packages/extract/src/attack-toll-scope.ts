import type { ClauseScope } from './attack-facts.ts'

/** "killing three", "injuring the driver": a toll told by a verb before its count. */
export const CASUALTY_BEFORE =
  /\b(killing|injuring|wounding|killed|injured|wounded|deaths? of|injuries to)\s+(?:the\s+)?$/i

/**
 * "…, a drone hit a house in the village of Shebekino, injuring two": a toll told by a verb
 * after the clauses that say where the strike fell takes the place of the nearest clause before
 * it that names one.
 */
export const tollBefore = (
  text: string,
  from: number,
  to: number,
  clauseScope: ClauseScope | undefined,
): string | undefined => {
  if (!clauseScope || !CASUALTY_BEFORE.test(text.slice(from, to))) return undefined
  const cuts = [...text.slice(from, to).matchAll(/,/g)].map((m) => from + m.index)
  const bounds = [from, ...cuts.map((c) => c + 1), to]
  for (let k = bounds.length - 2; k >= 0; k--) {
    const found = clauseScope(bounds[k] ?? from, bounds[k + 1] ?? to)
    if (found) return found
  }
  return undefined
}
