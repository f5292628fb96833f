import type { Fact, FactRecord } from './facts.ts'

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
  'by',
  'at',
  'with',
  'its',
  'their',
  'from',
])
const words = (text: string): Set<string> =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !STOP.has(w))
      .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w)),
  )

/** Free wording matches when half the content words of the shorter phrase are shared. */
const similar = (a: string, b: string): boolean => {
  const x = words(a)
  const y = words(b)
  const shared = [...x].filter((w) => y.has(w)).length
  return shared / Math.max(1, Math.min(x.size, y.size)) >= 0.5
}

const same = (p: Fact, g: Fact): boolean =>
  p.type === g.type &&
  p.key === g.key &&
  (g.text === undefined || p.text === undefined || similar(p.text, g.text))

export interface Pairing {
  readonly matched: Fact[]
  readonly missed: Fact[]
  readonly invented: Fact[]
}

/** One-to-one matching of two fact bags. */
export const compareFacts = (predicted: readonly Fact[], gold: readonly Fact[]): Pairing => {
  const left = [...gold]
  const matched: Fact[] = []
  const invented: Fact[] = []
  for (const p of predicted) {
    const i = left.findIndex((g) => same(p, g))
    if (i >= 0) {
      matched.push(p)
      left.splice(i, 1)
    } else invented.push(p)
  }
  return { matched, missed: left, invented }
}

/**
 * Pairs predicted records with gold records of the same kind, greedily by the number of facts
 * they share, then compares facts pair by pair. Unpaired records count all their facts as
 * invented or missed. `rename` maps predicted ids to gold ids for facts that cite records.
 */
export const alignRecords = (
  predicted: readonly FactRecord[],
  gold: readonly FactRecord[],
): Map<string, string> => {
  const scores: { p: FactRecord; g: FactRecord; n: number }[] = []
  for (const p of predicted)
    for (const g of gold)
      if (p.kind === g.kind) scores.push({ p, g, n: compareFacts(p.facts, g.facts).matched.length })
  scores.sort((a, b) => b.n - a.n)
  const pairs = new Map<string, string>()
  const used = new Set<string>()
  for (const s of scores)
    if (s.n > 0 && !pairs.has(s.p.id) && !used.has(s.g.id)) {
      pairs.set(s.p.id, s.g.id)
      used.add(s.g.id)
    }
  return pairs
}

export interface Outcome {
  readonly kind: string
  readonly recordId: string
  readonly pairing: Pairing
}

export const scoreRecords = (
  predicted: readonly FactRecord[],
  gold: readonly FactRecord[],
): Outcome[] => {
  const pairs = alignRecords(
    predicted.filter((r) => r.kind !== 'statement'),
    gold.filter((r) => r.kind !== 'statement'),
  )
  const rename = (r: FactRecord): FactRecord => ({
    ...r,
    facts: r.facts.map((f) => (f.type === 'about' ? { ...f, key: pairs.get(f.key) ?? f.key } : f)),
  })
  const statements = alignRecords(
    predicted.filter((r) => r.kind === 'statement').map(rename),
    gold.filter((r) => r.kind === 'statement'),
  )
  for (const [p, g] of statements) pairs.set(p, g)
  const goldById = new Map(gold.map((g) => [g.id, g]))
  const pairedGold = new Set(pairs.values())
  const outcomes: Outcome[] = predicted.map((p) => {
    const g = goldById.get(pairs.get(p.id) ?? '')
    return {
      kind: p.kind,
      recordId: g?.id ?? p.id,
      pairing: compareFacts(rename(p).facts, g?.facts ?? []),
    }
  })
  for (const g of gold)
    if (!pairedGold.has(g.id))
      outcomes.push({
        kind: g.kind,
        recordId: g.id,
        pairing: { matched: [], missed: [...g.facts], invented: [] },
      })
  return outcomes
}
