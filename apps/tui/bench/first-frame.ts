/**
 * Time from launching `sitrep` to its first full frame with data: the Talks tab listing the
 * three seeded Istanbul rounds with the detail pane filled. The bin runs under `script` (util-linux),
 * which gives it a real pseudo-terminal of 80×24, against the API over a seeded in-memory store.
 * Goal: ≤ 500 ms. A benchmark, not a test: it prints figures and asserts nothing.
 *
 *   npm run bench:tui [-- --runs 7]
 */
import { spawn } from 'node:child_process'
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

/** One cold launch (fills caches), then `runs` warm ones; the median of the warm ones counts. */
const measure = async (url: string, fromSource: boolean) => {
  const cold = await launch(url, fromSource)
  const warm: number[] = []
  for (let i = 0; i < runs; i++) warm.push(await launch(url, fromSource))
  warm.sort((a, b) => a - b)
  return { cold, median: warm[Math.floor(warm.length / 2)] ?? Number.NaN, warm }
}

const api = await listeningApi()
try {
  console.log(`sitrep: launch to first full frame with data (80×24, seeded API), ${runs} warm runs`)
  for (const [label, fromSource] of [
    ['bundle (npm run build -w @sitrep/tui; what bin/sitrep.js runs when fresh)', false],
    ['source through tsx (straight after npm ci or an edit)', true],
  ] as const) {
    const { cold, median, warm } = await measure(api.url, fromSource)
    console.log(`  ${label}`)
    console.log(
      `    median ${ms(median)} (min ${ms(warm[0] ?? 0)}, max ${ms(warm.at(-1) ?? 0)}; first run ${ms(cold)}) — goal ≤ 500 ms ${median <= 500 ? 'met' : 'not met'}`,
    )
  }
} finally {
  await api.close()
}
