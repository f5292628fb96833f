import type { Fact } from './facts.ts'
import type { Outcome } from './score.ts'

interface Tally {
  tp: number
  fp: number
  fn: number
}

export interface Scores {
  readonly overall: Tally
  readonly byKind: Map<string, Tally>
  readonly byFact: Map<string, Tally>
}

const add = (map: Map<string, Tally>, key: string, d: Partial<Tally>) => {
  const t = map.get(key) ?? { tp: 0, fp: 0, fn: 0 }
  t.tp += d.tp ?? 0
  t.fp += d.fp ?? 0
  t.fn += d.fn ?? 0
  map.set(key, t)
}

export const tally = (outcomes: readonly Outcome[]): Scores => {
  const overall: Tally = { tp: 0, fp: 0, fn: 0 }
  const byKind = new Map<string, Tally>()
  const byFact = new Map<string, Tally>()
  const count = (kind: string, facts: readonly Fact[], field: keyof Tally) => {
    for (const f of facts) {
      overall[field]++
      add(byKind, kind, { [field]: 1 })
      add(byFact, `${kind}.${f.type}`, { [field]: 1 })
    }
  }
  for (const o of outcomes) {
    count(o.kind, o.pairing.matched, 'tp')
    count(o.kind, o.pairing.invented, 'fp')
    count(o.kind, o.pairing.missed, 'fn')
  }
  return { overall, byKind, byFact }
}

export const f1 = (t: Tally) => {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp)
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn)
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

const row = (name: string, t: Tally) => {
  const s = f1(t)
  const n = (x: number) => x.toFixed(3)
  return `  ${name.padEnd(24)} P ${n(s.p)}  R ${n(s.r)}  F1 ${n(s.f1)}   (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`
}

const describe = (f: Fact) => `${f.type}=${f.key}${f.text ? ` ~ ${f.text}` : ''}`

/** `misses: false` prints the scores only (the frozen test set never shows what it missed). */
export const print = (
  title: string,
  outcomes: readonly Outcome[],
  log: (line: string) => void,
  { misses = true }: { misses?: boolean } = {},
): Scores => {
  const s = tally(outcomes)
  log(`\n== ${title}`)
  log(row('overall', s.overall))
  log(' per record kind')
  for (const [k, t] of [...s.byKind].sort()) log(row(k, t))
  log(' per fact type')
  for (const [k, t] of [...s.byFact].sort()) log(row(k, t))
  if (!misses) return s
  const missed = outcomes.flatMap((o) =>
    o.pairing.missed.map((f) => `${o.recordId}: ${describe(f)}`),
  )
  const invented = outcomes.flatMap((o) =>
    o.pairing.invented.map((f) => `${o.recordId}: ${describe(f)}`),
  )
  log(` facts missed (${missed.length})`)
  for (const m of missed) log(`  - ${m}`)
  log(` facts invented (${invented.length})`)
  for (const m of invented) log(`  + ${m}`)
  return s
}
