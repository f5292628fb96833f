import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../e2e/running-api.ts'
import { startApiOnly } from './api-process.ts'
import { tmuxSession } from './tmux-session.ts'

let api: Awaited<ReturnType<typeof startApiOnly>>
let tui: Awaited<ReturnType<typeof tmuxSession>>

beforeAll(async () => {
  api = await startApiOnly()
  tui = await tmuxSession(
    `env SITREP_API_URL=${api.url} NO_COLOR=1 npx sitrep; echo "sitrep exited $?"; sleep 600`,
    repoRoot,
  )
}, 300_000)
afterAll(async () => {
  await tui?.kill()
  await api?.stop()
})

const SPARK_ROW = (label: string) =>
  new RegExp(`^ {2}${label} +[ ▁▂▃▄▅▆▇█]*[▁▂▃▄▅▆▇█][ ▁▂▃▄▅▆▇█]* +\\d`)

describe('the overview in a terminal (tmux, 80×24)', () => {
  it('draws the series as sparklines within 80 columns, steps the bucket and goes back', async () => {
    await tui.waitFor((s) => s.includes('● connected'), 'the dashboard', 240_000)
    await tui.press('o')
    const screen = await tui.waitFor((s) => /injured ≥/.test(s), 'the overview')
    const lines = screen.split('\n')
    expect(lines[0]).toMatch(/^sitrep overview by (day|week|month), /)
    expect(lines.some((l) => SPARK_ROW('attacks').test(l))).toBe(true)
    expect(lines.some((l) => SPARK_ROW('killed ≥').test(l))).toBe(true)
    expect(lines.every((l) => [...l].length <= 80)).toBe(true)
    expect(lines.filter((l) => l.trim()).at(-1)).toMatch(/^b by day\/week\/month .*q quit/)

    const before = /by (day|week|month)/.exec(lines[0] ?? '')?.[1]
    await tui.press('b')
    await tui.waitFor(
      (s) => /^sitrep overview by (day|week|month)/.exec(s)?.[1] !== before,
      'the next bucket',
    )

    await tui.press('Escape')
    await tui.waitFor((s) => /^sitrep +1 Talks/.test(s), 'the tabs again')
  }, 300_000)
})
