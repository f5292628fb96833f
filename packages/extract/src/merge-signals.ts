import type { SitrepRecord } from '@sitrep/domain'

/**
 * One piece of evidence that two records describe the same event, with its weight; a negative
 * weight is evidence against (two different launch counts for one night).
 */
export interface Signal {
  readonly weight: number
  readonly reason: string
  /** A date read as a later report may mean it, not as its words say (`merge-readings.ts`). */
  readonly late?: boolean
}

const spansOf = (r: SitrepRecord) =>
  r.claims.flatMap((c) => (c.span ? [{ sourceId: c.sourceId, ...c.span }] : []))

/** Evidence from the same words of the same source: the surest sign of a re-ingested article. */
export const sameWordsSignal = (a: SitrepRecord, b: SitrepRecord): Signal | undefined => {
  const x = spansOf(a)
  const y = spansOf(b)
  const shared = x.filter((s) =>
    y.some((t) => t.sourceId === s.sourceId && s.start < t.end && t.start < s.end),
  )
  return shared.length > 0 && x.length > 0
    ? {
        weight: 0.5 * (shared.length / x.length),
        reason: `${shared.length} of ${x.length} evidence spans quote the same words of ${shared[0]?.sourceId}`,
      }
    : undefined
}

/** Jaccard overlap of two id sets, as a signal named by what the ids are. */
export const overlapSignal = (
  what: string,
  a: readonly string[],
  b: readonly string[],
  weight: number,
): Signal | undefined => {
  const x = new Set(a)
  const y = new Set(b)
  const shared = [...x].filter((id) => y.has(id))
  if (shared.length === 0) return undefined
  const jaccard = shared.length / new Set([...x, ...y]).size
  return { weight: weight * jaccard, reason: `${what} in common: ${shared.join(', ')}` }
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'and',
  'in',
  'on',
  'for',
  'is',
  'are',
  'was',
  'were',
  'that',
])
/**
 * A word without its inflection: two translations of one speech say "advocated" and "advocates",
 * "leaders'" and "leader". Crude on purpose — it only has to make the two renderings meet.
 */
export const stem = (word: string): string => {
  const w = word.replace(/['’]s?$/, '')
  for (const [end, by] of [
    ['ies', 'y'],
    ['ing', ''],
    ['ed', ''],
    ['es', ''],
    ['s', ''],
  ] as const)
    if (w.endsWith(end) && w.length - end.length >= 4 && !w.endsWith('ss'))
      return `${w.slice(0, -end.length)}${by}`
  return w
}

const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}'’]+/u)
      .map(stem)
      .filter((w) => w.length > 1 && !STOP.has(w)),
  )

/** Shared wording of two texts, 0..1 of the shorter one's content words. */
export const wordOverlap = (a: string, b: string): number => {
  const x = words(a)
  const y = words(b)
  const shared = [...x].filter((w) => y.has(w)).length
  return shared / Math.max(1, Math.min(x.size, y.size))
}
