/**
 * `npx tsx scripts/undated-candidates-bench.ts [N]`: N undated attacks (each cited by its own
 * source, publication days spread over 600 days) and N/3 dated ones in a SQLite file, then the
 * latency of `listUndatedReported` for one day and of `findMergeCandidates` for a dated draft.
 * `N` = 0 reuses the file of the last run.
 */
import { rmSync } from 'node:fs'
import type { Attack } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { openSqliteStore } from '../src/dialects/sqlite.ts'
import { findMergeCandidates } from '../src/merge-candidates.ts'

const file = process.env.BENCH_FILE ?? '/tmp/sitrep-bench/undated.db'
const N = Number(process.argv[2] ?? 5000)
if (N > 0) rmSync(file, { force: true })
const store = await openSqliteStore({ file })
const wave = seedDataset.records.find((r): r is Attack => r.kind === 'attack')
if (!wave) throw new Error('seed attack')
const day = (n: number) =>
  new Date(Date.UTC(2024, 0, 1) + (n % 600) * 86_400_000).toISOString().slice(0, 10)
const t0 = performance.now()
for (let i = 0; i < N; i++) {
  const sourceId = `src-b${i}`
  await store.upsertSource({
    id: sourceId,
    kind: 'article',
    title: `b${i}`,
    language: 'en',
    publishedAt: day(i),
  })
  const claims = wave.claims
    .filter((c) => c.fact !== 'date')
    .map(({ span: _, ...c }) => ({ ...c, id: `${c.id}-b${i}`, sourceId }))
  await store.createRecord({ ...wave, id: `attack-b${i}`, claims }, { by: 'bench' })
  if (i % 3 === 0)
    await store.createRecord(
      {
        ...wave,
        id: `attack-d${i}`,
        claims: wave.claims.map(({ span: _, ...c }) => ({ ...c, id: `${c.id}-d${i}` })),
      },
      { by: 'bench' },
    )
}
console.log(
  `wrote ${N} undated + ${Math.ceil(N / 3)} dated in ${Math.round(performance.now() - t0)} ms`,
)
const times: number[] = []
const found: number[] = []
for (let q = 0; q < 200; q++) {
  const d = day(q * 7)
  const s = performance.now()
  const r = await store.listUndatedReported({ kinds: ['attack'], from: d, to: d, limit: 100 })
  times.push(performance.now() - s)
  found.push(r.length)
}
const mtimes: number[] = []
for (let q = 0; q < 100; q++) {
  const s = performance.now()
  await findMergeCandidates(store, [wave], `${day(q * 5)}T08:00:00Z`)
  mtimes.push(performance.now() - s)
}
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)]?.toFixed(2)
console.log(
  `listUndatedReported (1 day, ~${Math.round(found.reduce((a, b) => a + b, 0) / found.length)} rows): p50 ${pct(times, 0.5)} ms p99 ${pct(times, 0.99)} ms`,
)
console.log(
  `findMergeCandidates (dated draft, 2 lookups): p50 ${pct(mtimes, 0.5)} ms p99 ${pct(mtimes, 0.99)} ms`,
)
await store.close()
