import { istanbulTalksArticleText } from '@sitrep/domain/seed'
import { extract } from '../src/index.ts'
import { forgetMemories } from '../src/memories.ts'

/**
 * `npm run bench:extract`: articles per second on the seed article (about 5 KB), one core. Not a
 * test: the figure depends on the machine; the goal is 200 articles a second. Both wall-clock and
 * CPU-time rates are printed: on a shared machine the CPU time of this process is the steadier.
 *
 * Reading one article again and again flatters the extractor: the memories it keeps from one
 * article to the next (dictionary lookups by name, a place's state; see memories.ts)
 * answer everything after the first round. So each round is timed twice: as a repeat, and
 * "fresh", with the memories emptied before every article, as the first article of a run finds
 * them. A stream of real articles lies between the two; the fresh figure is the one to hold to
 * the goal.
 */
const options = { publishedAt: '2025-07-21', source: { id: 'bench' } }
const run = (n: number, fresh: boolean) => {
  for (let i = 0; i < n; i++) {
    if (fresh) forgetMemories()
    extract(istanbulTalksArticleText, options)
  }
}

run(20, false)
const rounds = 9
const perRound = 100
type Rates = { wall: number[]; cpu: number[] }
const repeated: Rates = { wall: [], cpu: [] }
const fresh: Rates = { wall: [], cpu: [] }
const time = (rates: Rates, isFresh: boolean) => {
  const start = performance.now()
  const used = process.cpuUsage()
  run(perRound, isFresh)
  const spent = process.cpuUsage(used)
  rates.wall.push((perRound * 1000) / (performance.now() - start))
  rates.cpu.push((perRound * 1e6) / (spent.user + spent.system))
}
// alternated, so a burst of other work on the machine slows both alike
for (let r = 0; r < rounds; r++) {
  time(fresh, true)
  time(repeated, false)
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
// The best round is the one least disturbed by other work on the machine (timeit's advice).
const best = (xs: number[]) => Math.max(...xs)
const rate = (xs: number[]) => `${median(xs).toFixed(0)}/s (best ${best(xs).toFixed(0)}/s)`
const line = (name: string, r: Rates) =>
  `  ${name}: wall clock ${rate(r.wall)}, CPU time ${rate(r.cpu)}\n`
process.stdout.write(
  `extract, seed article (${istanbulTalksArticleText.length} characters), ${rounds} rounds of ` +
    `${perRound}; goal 200 articles/s on one core, fresh\n` +
    line('fresh (memories emptied before each article)', fresh) +
    line('repeated (memories kept from the rounds before)', repeated),
)
