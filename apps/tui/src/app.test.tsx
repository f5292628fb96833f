import type { WatchChanges } from '@sitrep/client'
import { render } from 'ink-testing-library'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from './app.tsx'
import { fetchTabPage } from './lib/fetch-tab.ts'
import { fetchDictionaries } from './lib/names.ts'
import { plain } from './testing/fixtures.ts'
import { followUpStatement } from './testing/new-record.ts'
import { eventually, pressUntil, seededApi } from './testing/seeded-api.ts'

const keys = { enter: '\r', escape: '\u001b', down: '\u001b[B' }
const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

const start = async (live = false) => {
  const api = await seededApi()
  const watch = live ? api.client.watchChanges : undefined
  const ui = render(<App client={api.client} {...(watch ? { watch } : {})} />)
  cleanups.push(
    () => ui.unmount(),
    () => api.store.close(),
  )
  const frame = () => plain(ui.lastFrame())
  const press = async (...inputs: string[]) => {
    for (const input of inputs) {
      // A screen listens for keys once it has mounted, just after it draws; a person's keys
      // come slower than that, and so do these.
      await new Promise((r) => setTimeout(r, 60))
      ui.stdin.write(input)
    }
  }
  await eventually(() => expect(frame()).toContain('all 3 items'))
  return { api, ui, frame, press }
}

describe('the dashboard', () => {
  it('draws a full first frame from prefetched rows and names, before any effect runs', async () => {
    const api = await seededApi()
    cleanups.push(() => api.store.close())
    const page = await fetchTabPage(api.client, 'talks', {})
    const dictionaries = await fetchDictionaries(api.client)
    const ui = render(<App client={api.client} initial={{ page, dictionaries }} />)
    cleanups.push(() => ui.unmount())
    const first = plain(ui.lastFrame())
    expect(first).toContain('2025-07-23? Third round of Ukraine')
    expect(first).toContain('Round 3 · delegation · Istanbul · Ukraine–Russia')
    expect(first).toContain('all 3 items')
  })

  it('opens on Talks with the three Istanbul rounds and switches tabs with 1–6', async () => {
    const { frame, press } = await start()
    // Newest first: the July round leads, the first round is listed last.
    expect(frame()).toContain('Third round of Ukraine')
    await press('3')
    await eventually(() => expect(frame()).toMatch(/drone/i))
    await press('5')
    await eventually(() => expect(frame()).toContain('DISPUTED'))
    expect(frame()).toContain('source: TASS')
    await press('6')
    await eventually(() => expect(frame()).toMatch(/stmt|aid /))
  })

  it('opens the July round with Enter, showing both date claims and their sources; Esc goes back', async () => {
    const { ui, frame, press } = await start()
    await pressUntil(ui.stdin, keys.enter, () =>
      expect(frame()).toContain('Announced by Zelensky for Wednesday'),
    )
    expect(frame()).toContain('2025-07-23')
    expect(frame()).toContain('2025-07-24')
    expect(frame()).toContain('source: TASS')
    expect(frame()).toContain('Volodymyr Zelensky citing Rustem Umerov')
    await press(keys.escape)
    await eventually(() => expect(frame()).toContain('1 Talks'))
  })

  it('opens the record behind a dispute from the Disputes tab', async () => {
    const { ui, frame, press } = await start()
    await press('5')
    await eventually(() => expect(frame()).toContain('DISPUTED'))
    await pressUntil(ui.stdin, keys.enter, () =>
      expect(frame()).toContain('Announced by Zelensky for Wednesday'),
    )
    await press(keys.escape)
    await eventually(() => expect(frame()).toContain('5 Disputes'))
  })

  it('searches with / and finds the Patriot pledge', async () => {
    const { ui, frame, press } = await start()
    await press('/')
    // Keys sent before the search screen mounts are lost on a loaded machine: wait for it.
    await eventually(() => expect(frame()).toContain('Search:'))
    await pressUntil(ui.stdin, 'Patriot', () => expect(frame()).toContain('Search: Patriot'))
    await press(keys.enter)
    await eventually(() => expect(frame()).toContain('Germany to give Ukraine two more Patriot'))
    await press(keys.enter)
    await eventually(() => expect(frame()).toContain('pledge · military · Germany → Ukraine'))
  })

  it('filters by place with f, resolving "Kiev" to the Kyiv gazetteer entry', async () => {
    const { frame, press } = await start()
    await press('3', 'f', keys.down, keys.down, ...'Kiev', keys.enter)
    await eventually(() => expect(frame()).toContain('filter: in Kyiv'))
    await eventually(() => expect(frame()).toMatch(/Russia → Ukraine/))
  })

  it('refuses a filter it cannot read and says why', async () => {
    const { frame, press } = await start()
    await press('f', ...'2025-13-01', keys.enter)
    await eventually(() => expect(frame()).toMatch(/from/))
    expect(frame()).toContain('Filter')
  })

  it('shows the keys with ? and goes back with Esc', async () => {
    const { frame, press } = await start()
    await press('?')
    await eventually(() => expect(frame()).toContain('sitrep — keys'))
    await press(keys.escape)
    await eventually(() => expect(frame()).toContain('1 Talks'))
  })

  it('fetches the list again when the stream comes back after an outage', async () => {
    const api = await seededApi()
    let handlers: WatchChanges | undefined
    const watch = (w: WatchChanges) => {
      handlers = w
      return new Promise<void>((done) => w.signal.addEventListener('abort', () => done()))
    }
    const ui = render(<App client={api.client} watch={watch} initialTab="statements" />)
    cleanups.push(
      () => ui.unmount(),
      () => api.store.close(),
    )
    const frame = () => plain(ui.lastFrame())
    await eventually(() => expect(handlers).toBeDefined())
    handlers?.onState?.({ state: 'connected', after: 0 })
    await eventually(() => expect(frame()).toContain('● connected'))
    handlers?.onState?.({ state: 'reconnecting', attempt: 1, error: new TypeError('fetch failed') })
    handlers?.onState?.({ state: 'reconnecting', attempt: 2, error: new TypeError('fetch failed') })
    await eventually(() => expect(frame()).toContain('✕ offline'))
    const count = () => Number(/(\d+) items/.exec(frame())?.[1])
    const before = count()
    // Written while the dashboard could not hear about it.
    await api.store.createRecord(followUpStatement('st-written-offline'), { by: 'test' })
    handlers?.onState?.({ state: 'connected', after: 0 })
    await eventually(() => expect(count()).toBe(before + 1))
  })

  it('shows a record written through the API while it runs, marked new', async () => {
    const { api, frame, press } = await start(true)
    await press('6')
    await eventually(() => expect(frame()).toContain('● connected'))
    await api.store.createRecord(followUpStatement(), { by: 'test' })
    await eventually(() =>
      expect(frame()).toContain('create statement st-kremlin-confirms-follow-up'),
    )
    await eventually(() => expect(frame()).toMatch(/^\+.*Kremlin follow-up/m))
  })
})
