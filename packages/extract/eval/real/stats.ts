import { devPassages } from './dev.ts'
import { hashOf } from './hash.ts'
import { testPassages } from './test.ts'
import type { RealPassage } from './types.ts'

/**
 * `npx tsx eval/real/stats.ts`: counts for README.md (per split, outlet, kind, year) and the
 * test set's current SHA-256. Reads the gold only; runs no extraction.
 */
const log = (line: string) => process.stdout.write(`${line}\n`)
const count = (items: readonly string[]) => {
  const m = new Map<string, number>()
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}
const table = (title: string, rows: [string, number][]) => {
  log(`\n${title}`)
  for (const [k, n] of rows) log(`  ${k.padEnd(34)} ${n}`)
}
const kinds = (p: RealPassage) =>
  p.negative
    ? ['negative']
    : [
        ...new Set(
          p.gold
            .filter((g) => g.kind !== 'statement' || p.gold.every((x) => x.kind === 'statement'))
            .map((g) => g.kind),
        ),
      ]

for (const [name, set] of [
  ['dev', devPassages],
  ['test', testPassages],
  ['all', [...devPassages, ...testPassages]],
] as const) {
  log(
    `\n=== ${name}: ${set.length} passages, ${set.filter((p) => p.negative).length} negatives, ${new Set(set.map((p) => p.outlet)).size} outlets`,
  )
  table('per outlet', count(set.map((p) => p.outlet)))
  table(
    'per kind (main record kinds of a passage; statements only when nothing else)',
    count(set.flatMap(kinds)),
  )
  table('gold records per kind', count(set.flatMap((p) => p.gold.map((g) => g.kind))))
  table('per year', count(set.map((p) => p.publishedAt?.slice(0, 4) ?? 'undated')))
}
const devOutlets = new Set(devPassages.map((p) => p.outlet))
const shared = [...new Set(testPassages.map((p) => p.outlet))].filter((o) => devOutlets.has(o))
log(`\noutlets on both sides (must be none): ${shared.join(', ') || 'none'}`)
const ids = [...devPassages, ...testPassages].map((p) => p.id)
log(
  `duplicate ids (must be none): ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ') || 'none'}`,
)
log(`test SHA-256: ${hashOf(testPassages)}`)
