/**
 * Time from launching `sitrep` to its first full frame with data: the Talks tab listing the
 * three seeded Istanbul rounds with the detail pane filled. The bin runs under `script` (util-linux),
 * which gives it a real pseudo-terminal of 80×24, against the API over a seeded in-memory store.
 * Goal: ≤ 500 ms. A benchmark, not a test: it prints figures and asserts nothing.
 *
 *   npm run bench:tui [-- --runs 7]
 */
import { spawn } from 'node:child_process'
import { utimesSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { listeningApi } from '../src/testing/seeded-api.ts'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } })
const runs = Number(values.runs)
const bin = fileURLToPath(new URL('../bin/sitrep.js', import.meta.url))

/** The frame is full once the list, the detail pane and the status line have all drawn. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes start with ESC
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '')
const isFullFrame = (screen: string) =>
  screen.includes('Third round of') &&
  screen.includes('Round 1 · delegation') &&
  screen.includes('3 items')

const launch = (url: string, fromSource: boolean) =>
  new Promise<number>((done, fail) => {
    const started = performance.now()
    const child = spawn(
      'script',
      ['-qfec', `stty cols 80 rows 24; exec ${process.execPath} ${bin}`, '/dev/null'],
      {
        env: {
          ...process.env,
          SITREP_API_URL: url,
          NO_COLOR: '1',
          TERM: 'xterm-256color',
          ...(fromSource ? { SITREP_FROM_SOURCE: '1' } : {}),
        },
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    )
    let screen = ''
    let elapsed: number | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      screen += stripAnsi(chunk.toString('utf8'))
      if (elapsed === undefined && isFullFrame(screen)) {
        elapsed = performance.now() - started
        child.stdin.write('q')
      }
    })
    child.once('error', fail)
    child.once('close', () =>
      elapsed === undefined ? fail(new Error(`no full frame; saw:\n${screen}`)) : done(elapsed),
    )
    setTimeout(() => child.kill('SIGTERM'), 60_000).unref()
  })

const ms = (n: number) => `${Math.round(n)} ms`

/** A source edited just now: the bin must rebuild its bundle before it can start. */
const touchSource = () => {
  const now = new Date()
  utimesSync(fileURLToPath(new URL('../src/tabs.ts', import.meta.url)), now, now)
}

type Mode = 'bundle' | 'rebuild' | 'source'

/** One cold launch (fills caches), then `runs` warm ones; the median of the warm ones counts. */
const measure = async (url: string, mode: Mode) => {
  const once = () => {
    if (mode === 'rebuild') touchSource()
    return launch(url, mode === 'source')
  }
  const cold = await once()
  const warm: number[] = []
  for (let i = 0; i < runs; i++) warm.push(await once())
  warm.sort((a, b) => a - b)
  return { cold, median: warm[Math.floor(warm.length / 2)] ?? Number.NaN, warm }
}

const api = await listeningApi()
try {
  console.log(`sitrep: launch to first full frame with data (80×24, seeded API), ${runs} warm runs`)
  // Start-up is CPU-bound: the figures only mean something next to how busy the machine was.
  const [load] = loadavg()
  console.log(`  machine: ${cpus().length} cores, load average ${load?.toFixed(1)} at start`)
  for (const [label, mode] of [
    ['every start (bin/sitrep.js runs its bundle)', 'bundle'],
    ['first start after an edit (the bin rebuilds the bundle, then runs it)', 'rebuild'],
    ['through tsx instead (SITREP_FROM_SOURCE=1, the fallback)', 'source'],
  ] as const) {
    const { cold, median, warm } = await measure(api.url, mode)
    console.log(`  ${label}`)
    console.log(
      `    median ${ms(median)} (min ${ms(warm[0] ?? 0)}, max ${ms(warm.at(-1) ?? 0)}; first run ${ms(cold)}) — goal ≤ 500 ms ${median <= 500 ? 'met' : 'not met'}`,
    )
  }
} finally {
  await api.close()
}
