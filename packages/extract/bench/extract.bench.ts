import { istanbulTalksArticleText } from '@sitrep/domain/seed'
import { extract } from '../src/index.ts'

/**
 * `npm run bench:extract`: articles per second on the seed article (about 5 KB), one core. Not a
 * test: the figure depends on the machine; the goal is 200 articles a second.
 */
const options = { publishedAt: '2025-07-21', source: { id: 'bench' } }
const run = (n: number) => {
  for (let i = 0; i < n; i++) extract(istanbulTalksArticleText, options)
}

run(20)
const rounds = 5
const perRound = 100
const rates: number[] = []
for (let r = 0; r < rounds; r++) {
  const start = performance.now()
  run(perRound)
  rates.push((perRound * 1000) / (performance.now() - start))
}
rates.sort((a, b) => a - b)
const median = rates[Math.floor(rates.length / 2)] ?? 0
process.stdout.write(
  `extract: ${median.toFixed(0)} articles/s (median of ${rounds} rounds of ${perRound}; ` +
    `${istanbulTalksArticleText.length} characters; goal 200/s)\n`,
)
