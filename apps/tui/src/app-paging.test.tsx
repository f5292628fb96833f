import { createClient } from '@sitrep/client'
import { render } from 'ink-testing-library'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from './app.tsx'
import { PAGE_SIZE } from './lib/fetch-tab.ts'
import { datedStatements, importThroughApi } from './testing/dated-statements.ts'
import { plain } from './testing/fixtures.ts'
import { followUpStatement } from './testing/new-record.ts'
import { eventually, pressUntil, seededApi } from './testing/seeded-api.ts'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

/** The seed's statements and a bulk import of dated ones: more than one page. */
const start = async ({ live }: { live: boolean }) => {
  const api = await seededApi()
  // The network between the dashboard and the API, which a test can cut.
  const network = { up: true }
  const client = createClient({
    ...api.options,
    fetch: async (input, init) =>
      network.up
        ? api.app.request(new Request(input, init))
        : Promise.reject(new TypeError('fetch failed')),
  })
  await importThroughApi(api, datedStatements(PAGE_SIZE + 30))
  const all = (await api.client.statements.list({ limit: 500 })).items
  expect(all.length).toBeGreaterThan(PAGE_SIZE)
  const watch = live ? api.client.watchChanges : undefined
  const ui = render(<App client={client} initialTab="statements" {...(watch ? { watch } : {})} />)
  cleanups.push(
    () => ui.unmount(),
    () => api.store.close(),
  )
  const frame = () => plain(ui.lastFrame())
  /** Moves down `rows` rows at once, as a held key (or tmux) sends a burst of j's. */
  const down = async (rows: number) => {
    await new Promise((r) => setTimeout(r, 60))
    ui.stdin.write('j'.repeat(rows))
  }
  return { api, all, ui, frame, down, network }
}

describe('the dashboard past its first page', () => {
  it('loads the next page when the selection nears the end of the loaded rows, and says how many', async () => {
    const { all, frame, down } = await start({ live: false })
    const firstOfPageTwo = all[PAGE_SIZE]?.record.title ?? 'missing'
    await eventually(() => expect(frame()).toContain(`${PAGE_SIZE} loaded · more below`))
    expect(frame()).not.toContain(firstOfPageTwo)
    await down(PAGE_SIZE - 1)
    await eventually(() => expect(frame()).toContain(`all ${all.length} items`))
    expect(frame()).toContain(firstOfPageTwo)
    // The last row of the whole list is within reach now.
    await down(all.length)
    await eventually(() => expect(frame()).toContain(`${all.at(-1)?.record.id} · v1`))
  })

  it('keeps the rows on screen when the next page fails, says so, and tries again on the next move', async () => {
    const { all, frame, down, network } = await start({ live: false })
    await eventually(() => expect(frame()).toContain(`${PAGE_SIZE} loaded · more below`))
    network.up = false
    await down(PAGE_SIZE - 1)
    await eventually(() =>
      expect(frame()).toContain(`${PAGE_SIZE} loaded · could not load more: fetch failed`),
    )
    expect(frame()).toContain(`${all[PAGE_SIZE - 1]?.record.id} · v1`)
    expect(frame()).toContain(all[PAGE_SIZE - 2]?.record.title)
    network.up = true
    await down(1)
    await eventually(() => expect(frame()).toContain(`all ${all.length} items`))
  })

  it('keeps the deeper pages and the selected record when a live write refreshes the list', async () => {
    const { api, all, ui, frame, down } = await start({ live: true })
    await eventually(() => expect(frame()).toContain('● connected'))
    await down(PAGE_SIZE - 1)
    await eventually(() => expect(frame()).toContain(`all ${all.length} items`))
    const deep = all[PAGE_SIZE + 20]?.record ?? followUpStatement()
    await down(21)
    await eventually(() => expect(frame()).toContain(`${deep.id} · v1`))
    const before = ui.frames.length
    await importThroughApi(api, [followUpStatement()])
    // The write lands above the selection (new records are listed first): the list is read
    // again as deep as it was, and the selection stays on its record rather than its row number.
    await eventually(() => expect(frame()).toContain(`all ${all.length + 1} items`))
    expect(frame()).toContain('create statement st-kremlin-confirms-follow-up')
    expect(frame()).toContain(`${deep.id} · v1`)
    expect(frame()).toContain(deep.title)
    // Never, not even for a frame, back to the first page with the selection clamped to its end.
    const since = ui.frames.slice(before).map(plain)
    expect(since.filter((f) => !/all \d+ items/.test(f))).toEqual([])
  })

  it('shows a record written past the loaded pages as a new row at the top, not only in the status line', async () => {
    const { api, frame } = await start({ live: true })
    await eventually(() => expect(frame()).toContain('● connected'))
    await eventually(() => expect(frame()).toContain(`${PAGE_SIZE} loaded · more below`))
    // Undated, so the API lists it after every dated statement: beyond the first page.
    await importThroughApi(api, [followUpStatement()])
    await eventually(() => expect(frame()).toMatch(/^\+undated +Kremlin follow-up/m))
    expect(frame()).toContain('create statement st-kremlin-confirms-follow-up')
    expect(frame()).toContain(`${PAGE_SIZE + 1} loaded`)
  })

  it('pages through search results the same way', async () => {
    const { all, ui, frame } = await start({ live: false })
    // On the search screen j is a letter of the query: PgDn moves.
    const pageDown = async () => {
      await new Promise((r) => setTimeout(r, 60))
      ui.stdin.write('\u001B[6~')
    }
    const appeals = all.filter((r) => r.record.title.startsWith('Air defence appeal'))
    expect(appeals.length).toBeGreaterThan(PAGE_SIZE)
    await eventually(() => expect(frame()).toContain(`${PAGE_SIZE} loaded · more below`))
    ui.stdin.write('/')
    // Keys sent before the search screen mounts are lost on a loaded machine: wait for it.
    await eventually(() => expect(frame()).toContain('Search:'))
    await pressUntil(ui.stdin, 'appeal', () => expect(frame()).toContain('Search: appeal'))
    ui.stdin.write('\r')
    await eventually(() => expect(frame()).toContain(`${PAGE_SIZE} loaded · more below`))
    for (let moved = 0; moved < PAGE_SIZE; moved += 10) await pageDown()
    await eventually(() => expect(frame()).toMatch(/all \d+ items/))
    const total = Number(/all (\d+) items/.exec(frame())?.[1])
    expect(total).toBeGreaterThanOrEqual(appeals.length)
  })
})
