import { istanbulTalksArticleText } from '@sitrep/domain/seed'
import { extract } from '../src/index.ts'

/**
 * `npm run bench:extract`: articles per second on the seed article (about 5 KB), one core. Not a
 * test: the figure depends on the machine; the goal is 200 articles a second. Both wall-clock and
 * CPU-time rates are printed: on a shared machine the CPU time of this process is the steadier.
 */
const options = { publishedAt: '2025-07-21', source: { id: 'bench' } }
const run = (n: number) => {
  for (let i = 0; i < n; i++) extract(istanbulTalksArticleText, options)
}

run(20)
const rounds = 9
const perRound = 100
const wall: number[] = []
const cpu: number[] = []
for (let r = 0; r < rounds; r++) {
  const start = performance.now()
  const used = process.cpuUsage()
  run(perRound)
  const spent = process.cpuUsage(used)
  wall.push((perRound * 1000) / (performance.now() - start))
  cpu.push((perRound * 1e6) / (spent.user + spent.system))
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
// The best round is the one least disturbed by other work on the machine (timeit's advice).
const best = (xs: number[]) => Math.max(...xs)
const rate = (xs: number[]) => `${median(xs).toFixed(0)}/s (best ${best(xs).toFixed(0)}/s)`
process.stdout.write(
  `extract, seed article (${istanbulTalksArticleText.length} characters), ${rounds} rounds of ` +
    `${perRound}: wall clock ${rate(wall)}, CPU time ${rate(cpu)}; goal 200 articles/s on one core\n`,
)
