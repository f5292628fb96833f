import { seedDataset } from '@sitrep/domain/seed'
import { extract } from '../src/index.ts'
import { type FactRecord, fact, factsOf } from './facts.ts'
import { f1, print } from './report.ts'
import { scoreRecords } from './score.ts'
import { type EvalText, heldOutTexts, texts } from './texts/index.ts'

/**
 * `npm run eval:extract`: the seed article against the hand-made seed dataset, then the
 * project's own short texts against their hand-written gold, reported separately.
 */
const log = (line: string) => process.stdout.write(`${line}\n`)

const [source] = seedDataset.sources
if (!source?.text) throw new Error('the seed source has no text')
const seedPredicted = extract(source.text, { publishedAt: source.publishedAt, source }).map((d) =>
  factsOf(d.record),
)
const seedGold = seedDataset.records.map(factsOf)
const seed = print(
  'seed article (gold: @sitrep/domain/seed)',
  scoreRecords(seedPredicted, seedGold),
  log,
)

const scoreTexts = (set: readonly EvalText[]) =>
  set.flatMap((t) => {
    const predicted = extract(t.text, { publishedAt: t.publishedAt, source: { id: t.id } }).map(
      (d) => ({
        ...factsOf(d.record),
        id: `${t.id}/${d.record.id}`,
      }),
    )
    const gold: FactRecord[] = t.gold.map((g, i) => ({
      kind: g.kind,
      id: `${t.id}/${g.id ?? `gold-${i + 1}`}`,
      facts: g.facts
        .map(fact)
        .map((f) => (f.type === 'about' ? { ...f, key: `${t.id}/${f.key}` } : f)),
    }))
    return scoreRecords(
      predicted.map((p) => ({
        ...p,
        facts: p.facts.map((f) => (f.type === 'about' ? { ...f, key: `${t.id}/${f.key}` } : f)),
      })),
      gold,
    )
  })
const mine = print(
  `own test texts (${texts.length}, tuned on; first run of each batch in eval/texts/index.ts)`,
  scoreTexts(texts),
  log,
)
const heldOut = print(
  `held-out texts (${heldOutTexts.length}, written after tuning; first run F1 0.825)`,
  scoreTexts(heldOutTexts),
  log,
)

const summary = (name: string, s: typeof seed) => {
  const kinds = [...s.byKind].map(([k, t]) => `${k} ${f1(t).f1.toFixed(3)}`).join(', ')
  log(`${name}: F1 ${f1(s.overall).f1.toFixed(3)} (${kinds})`)
}
log('\n== summary')
summary('seed', seed)
summary('own texts', mine)
summary('held-out texts', heldOut)

/** The issue's targets for the seed: F1 ≥ 0.85 overall and ≥ 0.75 for every record kind. */
const seedF1 = f1(seed.overall).f1
const weakest = Math.min(...[...seed.byKind.values()].map((t) => f1(t).f1))
const met = seedF1 >= 0.85 && weakest >= 0.75
log(`seed targets (F1 >= 0.85 overall, >= 0.75 per kind): ${met ? 'met' : 'NOT met'}`)
if (!met) process.exitCode = 1
