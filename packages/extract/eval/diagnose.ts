import type { FactRecord } from './facts.ts'
import { relaxations, relaxRecord } from './relax.ts'
import { f1, type Scores, tally } from './report.ts'
import type { Outcome } from './score.ts'

type Score = (transform: (r: FactRecord) => FactRecord) => Outcome[]
type Row = readonly [label: string, pick: (s: Scores) => number]

const none = { tp: 0, fp: 0, fn: 0 }

/**
 * Prints each field's F1 as scored, then with who asserted it ignored, its scope ignored, and
 * both: a field that rises with `who` loses on attribution, not on reading the value.
 */
export const diagnose = (name: string, score: Score, log: (line: string) => void): void => {
  const strict = tally(score((r) => r))
  const all = [strict, ...relaxations.map((how) => tally(score((r) => relaxRecord(r, how))))]
  const rows: Row[] = [
    ['overall', (s) => f1(s.overall).f1],
    ...[...strict.byKind.keys()].sort().map((k): Row => [k, (s) => f1(s.byKind.get(k) ?? none).f1]),
    ...[...strict.byFact.keys()].sort().map((k): Row => [k, (s) => f1(s.byFact.get(k) ?? none).f1]),
  ]
  const cell = (x: string) => x.padStart(10)
  log(`\n== ${name}: F1 as scored, then ignoring who / scope / both (scores only)`)
  log(`  ${'field'.padEnd(24)}${['scored', ...relaxations].map(cell).join('')}`)
  for (const [label, pick] of rows)
    log(`  ${label.padEnd(24)}${all.map((s) => cell(pick(s).toFixed(3))).join('')}`)
}
