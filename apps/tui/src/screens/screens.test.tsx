import { render } from 'ink-testing-library'
import { describe, expect, it, vi } from 'vitest'
import { recordItem } from '../lib/record-summary.ts'
import { themeFor } from '../lib/theme.tsx'
import { plain, seedNames, seedRecord } from '../testing/fixtures.ts'
import { BrowseScreen, listNote } from './browse-screen.tsx'
import { HelpScreen } from './help-screen.tsx'
import { RecordScreen } from './record-screen.tsx'

const tick = () => new Promise((r) => setTimeout(r, 60))

describe('RecordScreen', () => {
  it('shows the whole July round with its summary and scrolls with j, back with Esc', async () => {
    const onBack = vi.fn()
    const ui = render(
      <RecordScreen
        stored={seedRecord('talk-istanbul-2025-07')}
        names={seedNames}
        size={{ columns: 80, rows: 12 }}
        onBack={onBack}
        onQuit={() => {}}
      />,
    )
    const first = plain(ui.lastFrame())
    expect(first.split('\n')[0]).toContain('Third round of Ukraine–Russia talks in Istanbul')
    expect(first).toContain('Announced by Zelensky for Wednesday')
    expect(first.split('\n').length).toBeLessThanOrEqual(11)
    await tick()
    ui.stdin.write('j')
    await tick()
    expect(plain(ui.lastFrame()).split('\n')[0]).not.toContain('Third round')
    ui.stdin.write('\u001b')
    await tick()
    expect(onBack).toHaveBeenCalled()
  })
})

describe('HelpScreen', () => {
  it('lists every key of the dashboard and what the markers mean', () => {
    const frame = plain(render(<HelpScreen onBack={() => {}} />).lastFrame())
    for (const key of ['1 … 6', 'Enter', 'Esc', '/', 'f', 'r', '?', 'q'])
      expect(frame).toContain(key)
    expect(frame).toContain('+ marks a record written since the dashboard opened')
  })
})

describe('themeFor', () => {
  it('turns every colour off when NO_COLOR is set, and only then', () => {
    expect(Object.values(themeFor({ NO_COLOR: '1' })).every((c) => c === undefined)).toBe(true)
    expect(themeFor({}).accent).toBe('cyan')
    expect(themeFor({ NO_COLOR: '' }).accent).toBe('cyan')
  })
})

describe('listNote', () => {
  const rows = Array.from({ length: 200 }, () => recordItem(seedRecord('talk-istanbul-2025-07')))
  it.each([
    [{ state: 'available' } as const, '200 loaded · more below'],
    [{ state: 'loading' } as const, '200 loaded · loading more…'],
    [{ state: 'none' } as const, 'all 200 items'],
    [
      { state: 'failed', error: new Error('fetch failed') } as const,
      '200 loaded · could not load more: fetch failed',
    ],
  ])('says how many rows are loaded and whether more exist (%o)', (more, note) => {
    expect(listNote({ state: 'ready', data: rows }, more)).toBe(note)
  })

  it('says "the only item" for one row, not "all 1 items"', () => {
    expect(listNote({ state: 'ready', data: rows.slice(0, 1) }, { state: 'none' })).toBe(
      'the only item',
    )
  })

  it('keeps the count when a refresh failed, and says it failed', () => {
    const failed = { state: 'error', error: new Error('offline'), data: rows } as const
    expect(listNote(failed, { state: 'available' })).toBe(
      '200 loaded · more below · error: offline',
    )
    expect(listNote({ state: 'loading' }, { state: 'none' })).toBe('loading…')
  })

  it('says the API is unreachable, with its address, when a list fails at the network', () => {
    const down = { state: 'error', error: new TypeError('fetch failed') } as const
    expect(listNote(down, { state: 'none' }, 'http://localhost:8787')).toBe(
      'API unreachable at http://localhost:8787 — run npm start',
    )
    expect(listNote({ ...down, data: rows }, { state: 'available' }, 'http://localhost:8787')).toBe(
      '200 loaded · more below · API unreachable at http://localhost:8787 — run npm start',
    )
  })
})

describe('BrowseScreen', () => {
  it('shows an unreachable API in place of "Nothing here" when a tab cannot load', () => {
    const frame = plain(
      render(
        <BrowseScreen
          tab="aid"
          items={{ state: 'error', error: new TypeError('fetch failed') }}
          more={{ state: 'none' }}
          selected={0}
          names={seedNames}
          live={{
            connection: 'offline',
            lastUpdate: undefined,
            fresh: new Set(),
            latest: undefined,
            changes: 0,
            reconnects: 0,
          }}
          size={{ columns: 120, rows: 24 }}
          apiUrl="http://localhost:8787"
          onTab={() => {}}
          onMove={() => {}}
          onOpenSelected={() => {}}
          onNavigate={() => {}}
          onRefresh={() => {}}
          onQuit={() => {}}
        />,
      ).lastFrame(),
    )
    expect(frame).toContain('API unreachable at http://localhost:8787 — run npm start')
    expect(frame).not.toContain('Nothing here')
  })
})
