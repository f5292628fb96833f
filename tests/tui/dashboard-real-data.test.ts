import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { seedDataset } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../e2e/running-api.ts'
import { importRealData, startApiOnly } from './api-process.ts'
import { tmuxSession } from './tmux-session.ts'

/** The real datasets sit beside the repository (never inside it); CI has them. */
const data = join(repoRoot, '..', 'shared', 'data')
const present =
  existsSync(join(data, 'air-force-missile-attacks', 'missile_attacks_daily.csv')) &&
  existsSync(join(data, 'cir-bellingcat-events', 'events.csv'))
if (!present) console.warn(`real-data terminal tests skipped: ${data} is absent`)

let api: Awaited<ReturnType<typeof startApiOnly>>
let tui: Awaited<ReturnType<typeof tmuxSession>>

beforeAll(async () => {
  if (!present) return
  api = await startApiOnly({ prepare: importRealData })
  tui = await tmuxSession(
    `env SITREP_API_URL=${api.url} NO_COLOR=1 npx sitrep; echo "sitrep exited $?"; sleep 600`,
    repoRoot,
  )
}, 600_000)
afterAll(async () => {
  await tui?.kill()
  await api?.stop()
})

const TAB_LINE = /^sitrep +1 Talks +2 Aid +3 Attacks +4 Statements +5 Disputes +6 Timeline/
/** A list row: the fresh mark or a space, the date, the title up to the pane's border. */
const ROW = /^([ +])(\d{4}-\d{2}-\d{2}\??|undated) +(.*?)│/

const rowsOf = (screen: string) =>
  screen.split('\n').flatMap((line) => {
    const row = ROW.exec(line)
    return row ? [{ fresh: row[1] === '+', date: row[2] ?? '', title: (row[3] ?? '').trim() }] : []
  })

/** The detail pane's words, its wrapped lines joined again. */
const detailText = (screen: string) =>
  screen
    .split('\n')
    .flatMap((line) => (line.includes('│') ? [line.slice(line.indexOf('│') + 1).trim()] : []))
    .join(' ')
    .replace(/\s+/g, ' ')

/** The seed's drone night again, dated in March 2023: deep in a list of 8,000 attacks. */
const olderAttack = () => {
  const night = seedDataset.records.find((r) => r.id === 'attack-ru-drones-ukraine-2025-07-21')
  if (night?.kind !== 'attack') throw new Error('the seed lost its drone night')
  const day = '2023-03-15'
  return {
    ...night,
    id: 'attack-tmux-real-data-2023',
    title: 'Tmux live strike filed late',
    claims: night.claims.map((c) =>
      c.fact === 'date'
        ? { ...c, value: { resolved: true, start: day, end: day, precision: 'day', raw: day } }
        : c,
    ),
  }
}

describe.skipIf(!present)('sitrep in a terminal with both real datasets (tmux, 80×24)', () => {
  it('lists attacks newest first with room for titles, keeps the tabs whole under a filter, shows a late write as a row', async () => {
    await tui.waitFor((s) => s.includes('● connected'), 'the dashboard', 240_000)
    await tui.press('3')
    const attacks = await tui.waitFor(
      (s) => s.includes('200 loaded · more below') && rowsOf(s).length > 10,
      'the Attacks tab',
    )
    const rows = rowsOf(attacks)
    // Newest first, as the web lists them: the Air Force's 2026 reports lead.
    expect(rows[0]?.date.slice(0, 4)).toBe('2026')
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort().reverse())
    // Half of 80 columns: a title gets 26 characters, not the 18 it had.
    for (const row of rows) expect(row.title.length).toBeGreaterThanOrEqual(20)

    const editorKey = await api.createKey('editor')
    const response = await fetch(`${api.url}/v1/records`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editorKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(olderAttack()),
    })
    expect(response.status).toBe(201)
    // Dated 2023, it sorts far below the 200 rows loaded; it shows as a fresh row all the same.
    const live = await tui.waitFor(
      (s) => rowsOf(s).some((r) => r.fresh && r.title.startsWith('Tmux live strike')),
      'the late write as a row',
    )
    expect(live).toContain('create attack attack-tmux-real-data-2023')

    await tui.press('f')
    await tui.waitFor((s) => s.includes('Place (name or id)'), 'the filter form')
    await tui.press('Down', 'Down')
    await tui.type('Kharkiv')
    await tui.press('Enter')
    const filtered = await tui.waitFor(
      (s) => s.includes('filter: in Kharkiv') && rowsOf(s).length > 5,
      'the filtered list',
    )
    const [tabs, filterLine] = filtered.split('\n')
    expect(tabs).toMatch(TAB_LINE)
    expect(filterLine).toMatch(/^filter: in Kharkiv · f to change/)
  })

  it('says the API is unreachable, with its address, once it stops', async () => {
    await api.stop()
    // A tab not opened yet has no rows to keep: its pane says why it is empty.
    await tui.press('2')
    const message = `API unreachable at ${api.url} — run npm start`
    const down = await tui.waitFor(
      (s) => detailText(s).includes(message) && s.includes('API unreachable   '),
      'the unreachable state',
    )
    expect(down).not.toContain('Nothing here')
    await tui.press('q')
    await tui.waitFor((s) => s.includes('sitrep exited 0'), 'a clean exit')
  })
})
