/**
 * Time from launching `sitrep` to its first full frame with data: the Talks tab listing the
 * three seeded Istanbul rounds with the detail pane filled. The bin runs under `script` (util-linux),
 * which gives it a real pseudo-terminal of 80×24, against the API over a seeded in-memory store.
 * Goal: ≤ 500 ms. A benchmark, not a test: it prints figures and asserts nothing.
 *
 *   npm run bench:tui [-- --runs 7]
 */
import { spawn } from 'node:child_process'
import { readFileSync, utimesSync } from 'node:fs'
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

/**
 * CPU time (user + system) the sitrep process has used so far, read from /proc: the machine's
 * load stretches wall time, not this. `script` runs a shell that execs node, so sitrep is the
 * pty helper's only child. Linux clock ticks are 10 ms.
 */
const cpuMsOfChildOf = (pid: number | undefined): number | undefined => {
  try {
    const [child] = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/)
    const fields = readFileSync(`/proc/${child}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return undefined
  }
}

interface Launch {
  readonly wallMs: number
  readonly cpuMs: number | undefined
}

const launch = (url: string, fromSource: boolean) =>
  new Promise<Launch>((done, fail) => {
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
    let cpu: number | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      screen += stripAnsi(chunk.toString('utf8'))
      if (elapsed === undefined && isFullFrame(screen)) {
        elapsed = performance.now() - started
        cpu = cpuMsOfChildOf(child.pid)
        child.stdin.write('q')
      }
    })
    child.once('error', fail)
    child.once('close', () =>
      elapsed === undefined
        ? fail(new Error(`no full frame; saw:\n${screen}`))
        : done({ wallMs: elapsed, cpuMs: cpu }),
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

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

/**
 * One cold launch (fills caches), then `runs` warm ones; the median of the warm ones counts.
 * (In rebuild mode the CPU figure leaves out esbuild, which builds in a process of its own.)
 */
const measure = async (url: string, mode: Mode) => {
  const once = () => {
    if (mode === 'rebuild') touchSource()
    return launch(url, mode === 'source')
  }
  const cold = await once()
  const warm: Launch[] = []
  for (let i = 0; i < runs; i++) warm.push(await once())
  const walls = warm.map((w) => w.wallMs)
  const cpus = warm.flatMap((w) => (w.cpuMs === undefined ? [] : [w.cpuMs]))
  return {
    cold: cold.wallMs,
    wall: median(walls),
    min: Math.min(...walls),
    max: Math.max(...walls),
    cpu: cpus.length ? median(cpus) : undefined,
  }
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
    const m = await measure(api.url, mode)
    console.log(`  ${label}`)
    console.log(
      `    median ${ms(m.wall)} (min ${ms(m.min)}, max ${ms(m.max)}; first run ${ms(m.cold)}) — goal ≤ 500 ms ${m.wall <= 500 ? 'met' : 'not met'}`,
    )
    if (m.cpu !== undefined)
      console.log(`    CPU time of the sitrep process to that frame: median ${ms(m.cpu)}`)
  }
} finally {
  await api.close()
}
