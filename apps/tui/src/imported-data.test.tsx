import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { render } from 'ink-testing-library'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { App } from './app.tsx'
import { plain } from './testing/fixtures.ts'
import { eventually, seededApi } from './testing/seeded-api.ts'

/** The real Air Force files sit beside the repository (never inside it); CI has them. */
const folder = join(import.meta.dirname, '../../../../shared/data/air-force-missile-attacks')
const present = existsSync(join(folder, 'missile_attacks_daily.csv'))
if (!present) console.warn(`imported-data tests skipped: ${folder} is absent`)

let api: Awaited<ReturnType<typeof seededApi>>
beforeAll(async () => {
  api = await seededApi()
  if (!present) return
  const admin = (await api.store.createApiKey({ role: 'admin', label: 'import' })).key
  const form = new FormData()
  for (const [part, file] of [
    ['file', 'missile_attacks_daily.csv'],
    ['reference', 'missiles_and_uavs.csv'],
  ] as const)
    form.set(part, new Blob([await readFile(join(folder, file))], { type: 'text/csv' }), file)
  const res = await api.app.request('/v1/datasets/air-force', {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}` },
    body: form,
  })
  if (!res.ok) throw new Error(`import failed: ${res.status} ${await res.text()}`)
}, 300_000)
afterAll(() => api?.store.close())

describe.skipIf(!present)('the Air Force reports in the terminal', () => {
  it('lists the imported attacks on the Attacks tab', async () => {
    const { items } = await api.client.attacks.list({ limit: 1 })
    const first = items[0]?.record
    const ui = render(<App client={api.client} initialTab="attacks" />)
    const frame = () => plain(ui.lastFrame())
    // Thousands of reports: the first page, with more below.
    await eventually(() => expect(frame()).toContain('200 loaded · more below'))
    expect(first?.id).toMatch(/^attack-af-/)
    expect(frame()).toContain(first?.title.slice(0, 12) ?? 'missing')
    ui.unmount()
  })

  it('finds the seed night carrying both the article’s toll and the Air Force’s report', async () => {
    const ui = render(<App client={api.client} initialTab="attacks" />)
    const frame = () => plain(ui.lastFrame())
    await eventually(() => expect(frame()).toContain('loaded · more below'))
    await new Promise((r) => setTimeout(r, 60))
    ui.stdin.write('/')
    // Type only once the search screen listens; keys sent before it mounts are lost.
    await eventually(() => expect(frame()).toContain('Search:'))
    await new Promise((r) => setTimeout(r, 60))
    ui.stdin.write('Russian drone wave')
    await eventually(() => expect(frame()).toContain('Search: Russian drone wave'))
    await new Promise((r) => setTimeout(r, 60))
    ui.stdin.write('\r')
    // The search shows the one match with its facts: the Air Force report fused into the night
    // the article describes, each fact with its sources.
    await eventually(() => expect(frame()).toContain('attack-ru-drones-ukraine-2025-07-21 · v2'))
    expect(frame()).toContain('Ukrainian Air Force, dataset')
    expect(frame()).toContain('killed: 2 (Ukraine)')
    expect(frame()).toContain('Ukrainian officials, unnamed officials')
    ui.unmount()
  })
})
