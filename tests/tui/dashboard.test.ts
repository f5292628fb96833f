import { seedDataset } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../e2e/running-api.ts'
import { startApiOnly } from './api-process.ts'
import { tmuxSession } from './tmux-session.ts'

let api: Awaited<ReturnType<typeof startApiOnly>>
let tui: Awaited<ReturnType<typeof tmuxSession>>

beforeAll(async () => {
  api = await startApiOnly()
  // The shell line prints the exit code after the dashboard quits, then keeps the pane open.
  tui = await tmuxSession(
    `env SITREP_API_URL=${api.url} NO_COLOR=1 npx sitrep; echo "sitrep exited $?"; sleep 600`,
    repoRoot,
  )
})
afterAll(async () => {
  await tui?.kill()
  await api?.stop()
})

/** A statement the seed does not hold, made from the seed's Kremlin confirmation. */
const followUp = () => {
  const kremlin = seedDataset.records.find((r) => r.id === 'st-kremlin-confirms-interest')
  if (!kremlin) throw new Error('the seed lost the Kremlin statement')
  return {
    ...kremlin,
    id: 'st-tmux-follow-up',
    title: 'Tmux follow-up: Kremlin confirms the round',
  }
}

describe('sitrep in a terminal (tmux, 80×24)', () => {
  it('shows the talks, switches tabs, opens the July round, searches, updates live and quits', async () => {
    await tui.waitFor(
      (s) => s.includes('3 items') && s.includes('● connected'),
      'the Talks tab',
      // The first start after `npm ci` bundles the app before drawing; a loaded CI machine is slow.
      240_000,
    )
    const first = (await tui.screen()).split('\n')
    // 80×24 holds the whole frame: tabs on the first line, the key hints on the last one drawn.
    expect(first[0]).toMatch(
      /^sitrep +1 Talks +2 Aid +3 Attacks +4 Statements +5 Disputes +6 Timeline/,
    )
    expect(first.filter((l) => l.trim()).at(-1)).toMatch(/^1-6 tabs .*q quit/)
    expect(first.join('\n')).toContain('Third round of Ukr')

    await tui.press('2')
    await tui.waitFor((s) => s.includes('pledge') || s.includes('request'), 'the Aid tab')
    await tui.press('3')
    await tui.waitFor((s) => /Russia → Ukraine|Ukraine → Russia/.test(s), 'the Attacks tab')
    await tui.press('5')
    await tui.waitFor((s) => s.includes('DISPUTED'), 'the Disputes tab')

    await tui.press('1')
    await tui.waitFor((s) => s.includes('3 items'), 'the Talks tab again')
    // Newest first, as the web lists them: the July round is the first row.
    await tui.press('Enter')
    const july = await tui.waitFor(
      (s) => s.includes('Round 3') && s.includes('2025-07-24'),
      'the July round opened',
    )
    expect(july).toContain('2025-07-23')
    expect(july).toContain('source: TASS')
    expect(july).toContain('Zelensky')
    await tui.press('Escape')
    await tui.waitFor((s) => s.includes('1 Talks'), 'back to the list')

    await tui.press('/')
    await tui.waitFor((s) => s.includes('Search:'), 'the search prompt')
    await tui.type('Patriot')
    await tui.press('Enter')
    await tui.waitFor(
      (s) => s.includes('Patriot') && s.includes('the only item'),
      'the Patriot pledge',
    )
    await tui.press('Escape')

    await tui.press('4')
    await tui.waitFor(
      (s) => s.includes('4 Statements') && s.includes('items'),
      'the Statements tab',
    )
    const editorKey = await api.createKey('editor')
    const response = await fetch(`${api.url}/v1/statements`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editorKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(followUp()),
    })
    expect(response.status).toBe(201)
    const created = Date.now()
    const live = await tui.waitFor((s) => s.includes('Tmux follow-up'), 'the new statement')
    // Reported, not asserted: timing on a loaded CI machine says little (the goal is 2 s).
    console.info(`new record on screen ${Date.now() - created} ms after the API answered 201`)
    expect(live).toContain('create statement st-tmux-follow-up')

    await tui.press('q')
    await tui.waitFor((s) => s.includes('sitrep exited 0'), 'a clean exit')
  })
})
