import { places } from '@sitrep/domain'
import { createRandom } from '../../src/generate/random.ts'
import type { Store } from '../../src/store.ts'

export interface Timing {
  p50: number
  p99: number
  /** Median CPU time of this process per run (user + system), in ms: load on the machine aside. */
  cpuP50: number
  runs: number
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN

/** Runs `query` with fresh parameters each time; the first runs warm caches and are not kept. */
const time = async (runs: number, query: (i: number) => Promise<unknown>): Promise<Timing> => {
  const warmup = Math.ceil(runs / 10)
  const samples: number[] = []
  const cpuSamples: number[] = []
  for (let i = 0; i < warmup + runs; i++) {
    const cpu = process.cpuUsage()
    const started = performance.now()
    await query(i)
    const used = process.cpuUsage(cpu)
    if (i >= warmup) {
      samples.push(performance.now() - started)
      cpuSamples.push((used.user + used.system) / 1000)
    }
  }
  samples.sort((a, b) => a - b)
  cpuSamples.sort((a, b) => a - b)
  return {
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    cpuP50: percentile(cpuSamples, 50),
    runs,
  }
}

const SEARCHES = [
  'drone attack',
  'Kharkiv',
  'air defence',
  'Patriot',
  'talks Istanbul',
  'ceasefire',
  'injured governor',
  'Odesa missile',
]
const regions = places.filter((p) => p.kind === 'region' && p.country === 'UA')

const dayOffset = (days: number) =>
  new Date(Date.UTC(2022, 2, 1) + days * 86_400_000).toISOString().slice(0, 10)

/** The three reads the issue names, with deterministic parameters. */
export const benchQueries = async (store: Store, runs: number) => {
  const rng = createRandom(99)
  let listed = 0
  let pages = 0
  const filteredList = await time(runs, async () => {
    const start = rng.int(0, 1400)
    const page = await store.listRecords(
      {
        kind: ['attack'],
        from: dayOffset(start),
        to: dayOffset(start + 30),
        placeId: rng.pick(regions).id,
      },
      { limit: 50 },
    )
    listed += page.items.length
    pages += 1
  })
  const search = await time(runs, () => store.search(rng.pick(SEARCHES), {}, { limit: 50 }))
  const casualties = await time(Math.ceil(runs / 4), () => {
    const start = rng.int(0, 1000)
    return store.casualtiesByDay({ from: dayOffset(start), to: dayOffset(start + 365) })
  })
  // A page's cost is mostly its rows (each record's JSON is parsed and validated on the way out):
  // at 10k a 30-day window in one oblast holds a few attacks, at 1M a full page of 50.
  const listRowsPerPage = listed / pages
  return { filteredList, listRowsPerPage, search, casualties }
}
