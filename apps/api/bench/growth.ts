// Cost growth between two store sizes (not a test). The load benchmark times each size in its own
// minutes, so a busier minute for one size reads as growth. Here both stores are open in one
// process and every URL is answered by each in turn, alternating which goes first, so both see the
// same machine: the ratio is the store's growth, not the neighbours'. In-process, no network, no
// response cache; wall and CPU time per request are reported apart, with the machine's load.
//   tsx bench/growth.ts [--sizes 100000,1000000] [--urls 150] [--rounds 5]
//     [--only list,timeline,search,stats,facets,disputes,map]
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { openSqliteStore } from '@sitrep/store/sqlite'
import { createApp } from '../src/app.ts'
import { ensureDatabase } from './dataset.ts'
import { p50 } from './floor.ts'
import { scenarios } from './scenarios.ts'

const USAGE = `usage: npm run bench:growth -- [--sizes 100000,1000000] [--urls 150] [--rounds 5]
    [--only ${scenarios()
      .map((s) => s.name)
      .join(',')}]`

const args = (() => {
  try {
    const { values } = parseArgs({
      options: {
        sizes: { type: 'string', default: '100000,1000000' },
        urls: { type: 'string', default: '150' },
        rounds: { type: 'string', default: '5' },
        only: { type: 'string', default: 'list,timeline,search,stats' },
      },
    })
    const sizes = (values.sizes ?? '').split(',').map(Number)
    const [urls, rounds] = [Number(values.urls), Number(values.rounds)]
    const known = new Set(scenarios().map((s) => s.name))
    const only = (values.only ?? '').split(',').filter(Boolean)
    if (sizes.length !== 2 || sizes.some((n) => !Number.isInteger(n) || n <= 0))
      throw new Error('--sizes takes two record counts, small first')
    if (!Number.isInteger(urls) || urls < 1 || !Number.isInteger(rounds) || rounds < 1)
      throw new Error('--urls and --rounds take whole numbers from 1')
    const unknown = only.filter((name) => !known.has(name))
    if (unknown.length > 0) throw new Error(`unknown scenario: ${unknown.join(', ')}`)
    return { sizes: sizes as [number, number], urls, rounds, only }
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${USAGE}`)
    process.exit(2)
  }
})()

type App = ReturnType<typeof createApp>

/** One request answered in process: its wall time and the process's CPU time, ms. */
const timed = async (app: App, url: string) => {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const response = await app.request(url)
  await response.arrayBuffer()
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return { wall, cpu: (used.user + used.system) / 1000 }
}

const opened = await Promise.all(
  args.sizes.map(async (size) => {
    const store = await openSqliteStore({ file: join(await ensureDatabase(size), 'sitrep.db') })
    return { size, store, app: createApp({ store, rateLimit: false, responseCache: false }) }
  }),
)
const [small, large] = opened as [(typeof opened)[0], (typeof opened)[0]]
const loads: number[] = []
const rows: string[] = []
try {
  for (const scenario of scenarios().filter((s) => args.only.includes(s.name))) {
    const urls = scenario.urls.slice(0, args.urls)
    process.stderr.write(`${scenario.name}: ${urls.length} URLs × ${args.rounds} rounds\n`)
    for (const url of urls) for (const { app } of opened) await timed(app, url)
    const perUrl = urls.map(() => ({ small: [] as number[], large: [] as number[] }))
    const cpu = { small: [] as number[], large: [] as number[] }
    for (let round = 0; round < args.rounds; round++) {
      loads.push(loadavg()[0] ?? 0)
      for (const [i, url] of urls.entries()) {
        const order = (round + i) % 2 === 0 ? [small, large] : [large, small]
        for (const side of order) {
          const { wall, cpu: used } = await timed(side.app, url)
          const key = side === small ? 'small' : 'large'
          perUrl[i]?.[key].push(wall)
          cpu[key].push(used)
        }
      }
    }
    const wall = {
      small: p50(perUrl.map((u) => p50(u.small))),
      large: p50(perUrl.map((u) => p50(u.large))),
    }
    const ratioOfUrls = p50(perUrl.map((u) => p50(u.large) / Math.max(p50(u.small), 1e-3)))
    const cpuMedian = { small: p50(cpu.small), large: p50(cpu.large) }
    rows.push(
      `| ${scenario.name} | ${wall.small.toFixed(2)} → ${wall.large.toFixed(2)} (×${(wall.large / wall.small).toFixed(2)}) | ×${ratioOfUrls.toFixed(2)} | ${cpuMedian.small.toFixed(2)} → ${cpuMedian.large.toFixed(2)} (×${(cpuMedian.large / cpuMedian.small).toFixed(2)}) |`,
    )
  }
} finally {
  await Promise.all(opened.map(({ store }) => store.close()))
}
const [s, l] = args.sizes.map((n) => n.toLocaleString('en'))
console.log(
  `Growth ${s} → ${l} records, interleaved in one process (${args.urls} URLs × ${args.rounds} rounds; load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}; goal ≤ 1.5)\n`,
)
console.log('| query | wall p50 ms | median of per-URL ratios | CPU p50 ms |')
console.log('| ----- | ----------- | ------------------------ | ---------- |')
for (const row of rows) console.log(row)
