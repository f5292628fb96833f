import type { MatchSuggestion, RecordKind } from '@sitrep/domain'
import { compatible, matchRecord } from '../src/merge.ts'
import { DEFAULT_MERGE_THRESHOLD } from '../src/merge-threshold.ts'
import { timeSignal } from '../src/merge-time.ts'
import { eighteenthBatch } from './eighteenth-batch.ts'
import { eleventhBatch } from './eleventh-batch.ts'
import { fifteenthBatch } from './fifteenth-batch.ts'
import { fourteenthBatch } from './fourteenth-batch.ts'
import { type Offered, offeredByStore } from './held-store.ts'
import { ninthBatch } from './ninth-batch.ts'
import { buildPairs, type Pair, reports } from './pairs.ts'
import { seventeenthBatch } from './seventeenth-batch.ts'
import { sixteenthBatch } from './sixteenth-batch.ts'
import { tenthBatch } from './tenth-batch.ts'
import { thirteenthBatch } from './thirteenth-batch.ts'
import { twelfthBatch } from './twelfth-batch.ts'
import type { Split } from './types.ts'

/**
 * `npm run eval:match`: precision and recall of merge suggestions at the default threshold on
 * the labelled report pairs, per half and kind, then a threshold sweep. A pair is scored as an
 * editor meets it: the held side sits in a store and the drafts see only what the store's
 * candidate lookup offers them. `--errors` lists the pairs scored on the wrong side of the
 * threshold, with their reasons.
 */
const log = (line: string) => process.stdout.write(`${line}\n`)
const { drafts, pairs } = buildPairs()
/** The day each report appeared, as the API passes it with the article. */
const published = new Map(reports.map((r) => [r.id, r.publishedAt]))
const publishedOf = (p: Pair) => published.get(p.id.split(' ~ ')[0] ?? '')
/** The best suggestion any draft of the first text gets against the second's records offered. */
const bestMatch = (p: Pair, { records, reportedOn }: Offered) =>
  p.drafts
    .flatMap((d) =>
      records.map((h) => matchRecord(d, h, { publishedAt: publishedOf(p), reportedOn })),
    )
    .reduce<MatchSuggestion | undefined>(
      (best, m) => (m && (!best || m.score > best.score) ? m : best),
      undefined,
    )
const offered = await offeredByStore(pairs, reports)
const scored = await Promise.all(
  pairs.map(async (p) => {
    const held = await offered(p, publishedOf(p))
    // The second text's own publication day places an undated record of it, as the store does.
    const reported = published.get(p.id.split(' ~ ')[1] ?? '')?.slice(0, 10)
    const everything = Object.fromEntries(p.held.map((h) => [h.id, reported ?? '']))
    return {
      ...p,
      match: bestMatch(p, held),
      unlooked: bestMatch(p, {
        records: p.held,
        reportedOn: reported ? everything : {},
      }),
    }
  }),
)
type Scored = (typeof scored)[number]
const scoreOf = (p: Scored) => p.match?.score ?? 0

const counts = (set: readonly Scored[], threshold: number) => {
  const tp = set.filter((p) => p.same && scoreOf(p) >= threshold).length
  const fp = set.filter((p) => !p.same && scoreOf(p) >= threshold).length
  const fn = set.filter((p) => p.same && scoreOf(p) < threshold).length
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  return { tp, fp, fn, precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) }
}
const fmt = (x: number) => x.toFixed(3)

const kinds: RecordKind[] = ['attack', 'talk', 'aid', 'statement']
const splits: Split[] = ['dev', 'test']

/** Reports that yield no draft of their kind: named on dev, only counted on the held-out half. */
const missing = (split: Split) =>
  reports.filter((r) => r.split === split && (drafts.get(r.id) ?? []).length === 0).map((r) => r.id)
log(
  `reports: ${reports.length} (no draft of their kind, dev: ${missing('dev').join(', ') || 'none'}; test: ${missing('test').length})`,
)
log(`pairs: ${pairs.length}, same event: ${pairs.filter((p: Pair) => p.same).length}`)
for (const origin of ['reports', 'air-force', 'cir'] as const) {
  const set = pairs.filter((p) => p.origin === origin)
  log(`  ${origin.padEnd(9)} ${set.length} pairs, ${set.filter((p) => p.same).length} same event`)
}
for (const kind of kinds) {
  const set = pairs.filter((p) => p.kind === kind)
  log(`  ${kind.padEnd(9)} ${set.length} pairs, ${set.filter((p) => p.same).length} same event`)
}
/** One row per half and kind, then the half as a whole, at the default threshold. */
const table = (set: readonly Scored[], halves: readonly Split[] = splits) => {
  log('split  kind       pairs  same     tp   fp   fn  precision  recall')
  for (const split of halves)
    for (const kind of [...kinds, undefined]) {
      const rows = set.filter((p) => p.split === split && (kind === undefined || p.kind === kind))
      const c = counts(rows, DEFAULT_MERGE_THRESHOLD)
      const cells = [rows.length, rows.filter((p) => p.same).length, c.tp, c.fp, c.fn]
      log(
        `${split.padEnd(6)} ${(kind ?? 'all').padEnd(9)} ${cells.map((n, k) => String(n).padStart(k < 2 ? 6 - k : 4)).join(' ')}  ${fmt(c.precision).padStart(9)}  ${fmt(c.recall).padStart(6)}`,
      )
    }
}

log(`\nat the default threshold ${DEFAULT_MERGE_THRESHOLD}:`)
table(scored)
log('\nmatching alone: only pairs whose two texts both yield a draft of the kind')
table(scored.filter((p) => p.drafts.length > 0 && p.held.length > 0))

/** The newest dev batches alone: each one's first run is the out-of-sample figure for the scoring before it. */
const batches = [
  ['ninth-batch.ts', ninthBatch],
  ['tenth-batch.ts', tenthBatch],
  ['eleventh-batch.ts', eleventhBatch],
  ['twelfth-batch.ts', twelfthBatch],
  ['thirteenth-batch.ts', thirteenthBatch],
  ['fourteenth-batch.ts', fourteenthBatch],
  ['fifteenth-batch.ts', fifteenthBatch],
  ['sixteenth-batch.ts', sixteenthBatch],
  ['seventeenth-batch.ts', seventeenthBatch],
  ['eighteenth-batch.ts', eighteenthBatch],
] as const
/** Each batch's pairs as its first run met them: with the batches before it, not those after. */
batches.forEach(([file, batch], k) => {
  const ids = new Set(batch.map((r) => r.id))
  const later = new Set(batches.slice(k + 1).flatMap(([, b]) => b.map((r) => r.id)))
  const touches = (p: Scored, set: Set<string>) => p.id.split(' ~ ').some((id) => set.has(id))
  log(`\npairs with a report of ${file} and none of a later batch`)
  table(
    scored.filter((p) => p.split === 'dev' && touches(p, ids) && !touches(p, later)),
    ['dev'],
  )
})

const newest = new Set(batches.flatMap(([, b]) => b.map((r) => r.id)))
log('\ndev pairs with no report of those batches (the dev half before them)')
table(
  scored.filter((p) => p.split === 'dev' && !p.id.split(' ~ ').some((id) => newest.has(id))),
  ['dev'],
)

log('\nthreshold sweep (all kinds):')
log('threshold   dev P   dev R  dev F1   test P  test R  test F1')
for (let step = 10; step <= 19; step++) {
  // Whole steps: 0.5 + 6 × 0.05 is 0.8000000000000003 in floating point.
  const t = step / 20
  const [d, e] = splits.map((s) =>
    counts(
      scored.filter((p) => p.split === s),
      t,
    ),
  )
  if (d && e)
    log(
      `${t.toFixed(2).padStart(9)}  ${[d.precision, d.recall, d.f1].map(fmt).join('   ')}    ${[e.precision, e.recall, e.f1].map(fmt).join('   ')}`,
    )
}

/**
 * Why a same-event pair was missed, from the first cause that applies: the lookup's (the pair
 * scores enough, but the store never offered the held record), the extractor's (no draft of the
 * kind, drafts only of another side, speaker or stage, dates that cannot meet, or no date on one
 * side that neither a date nor the reports' publication days make up for) or the scoring's
 * (placed in time, compatible, and still below the threshold).
 */
const causeOf = (p: Scored): string => {
  if (p.drafts.length === 0 || p.held.length === 0) return 'no draft of the kind'
  if ((p.unlooked?.score ?? 0) >= DEFAULT_MERGE_THRESHOLD) return "not among the store's candidates"
  const fitting = p.drafts.flatMap((d) => p.held.flatMap((h) => (compatible(d, h) ? [[d, h]] : [])))
  if (fitting.length === 0) return 'drafts of another side, speaker or stage'
  const day = (report: string | undefined) => published.get(report ?? '')?.slice(0, 10)
  const [a, b] = p.id.split(' ~ ').map(day)
  const times = fitting.map(([d, h]) => (d && h ? timeSignal(d, h, a, b) : undefined))
  if (times.some((t) => t !== undefined && t !== 'veto')) return 'scored below the threshold'
  if (times.some((t) => t === undefined)) return 'no date on one side'
  return 'dates that cannot meet'
}
/** Misses by cause, counted per half: for the held-out half only the counts are shown. */
for (const split of splits) {
  const missed = scored.filter(
    (p) => p.split === split && p.same && scoreOf(p) < DEFAULT_MERGE_THRESHOLD,
  )
  log(`\n${split} misses at ${DEFAULT_MERGE_THRESHOLD} by cause (${missed.length}):`)
  for (const cause of [...new Set(missed.map(causeOf))])
    log(`  ${String(missed.filter((p) => causeOf(p) === cause).length).padStart(3)} ${cause}`)
}

/**
 * `--histogram`: the held-out same-event pairs below the threshold, counted by kind, origin and
 * score band — aggregates only, no pair named, so the held-out texts stay unseen.
 */
if (process.argv.includes('--histogram')) {
  log(`\nheld-out same-event pairs below ${DEFAULT_MERGE_THRESHOLD}, by kind, origin and score:`)
  const band = (p: Scored) =>
    scoreOf(p) === 0 ? '0' : `${(Math.floor(scoreOf(p) * 20) / 20).toFixed(2)}+`
  const missed = scored.filter(
    (p) => p.split === 'test' && p.same && scoreOf(p) < DEFAULT_MERGE_THRESHOLD,
  )
  const keys = missed.map((p) => `${p.kind} ${p.origin} ${band(p)}`)
  for (const key of [...new Set(keys)].sort())
    log(`  ${String(keys.filter((k) => k === key).length).padStart(3)} ${key}`)
}

if (process.argv.includes('--errors')) {
  const split = process.argv.includes('--test') ? 'test' : 'dev'
  log(`\n${split} pairs on the wrong side of ${DEFAULT_MERGE_THRESHOLD}:`)
  for (const p of scored.filter((p) => p.split === split))
    if (p.same !== scoreOf(p) >= DEFAULT_MERGE_THRESHOLD)
      log(
        `${p.same ? 'MISSED' : 'FALSE '} ${fmt(scoreOf(p))} ${p.id}\n    ${p.match?.reasons.join(' | ') ?? 'no match'}`,
      )
}

/** `--near`: the dev pairs within 0.1 of the threshold on either side, to see the margin (dev only). */
if (process.argv.includes('--near')) {
  log(`\ndev pairs within 0.1 of ${DEFAULT_MERGE_THRESHOLD}:`)
  for (const p of scored.filter((p) => p.split === 'dev'))
    if (Math.abs(scoreOf(p) - DEFAULT_MERGE_THRESHOLD) < 0.1)
      log(
        `${p.same ? 'SAME ' : 'OTHER'} ${fmt(scoreOf(p))} ${p.id}\n    ${p.match?.reasons.join(' | ') ?? 'no match'}`,
      )
}
