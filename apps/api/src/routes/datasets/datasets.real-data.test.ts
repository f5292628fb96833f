import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Attack, Stats, StoredRecord } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { seededApp } from '../../testing/seeded-app.ts'
import { DatasetImportSummary } from './datasets.routes.ts'

const DATA = fileURLToPath(new URL('../../../../../../shared/data', import.meta.url))
const ATTACKS = `${DATA}/air-force-missile-attacks/missile_attacks_daily.csv`
const REFERENCE = `${DATA}/air-force-missile-attacks/missiles_and_uavs.csv`
const present = existsSync(ATTACKS) && existsSync(REFERENCE)
if (!present)
  console.warn(`real datasets not found at ${DATA}: the dataset import tests are skipped`)

const SEED_NIGHT = 'attack-ru-drones-ukraine-2025-07-21'

let ctx: Awaited<ReturnType<typeof seededApp>>
let admin: string
let editor: string
beforeAll(async () => {
  ctx = await seededApp()
  admin = (await ctx.store.createApiKey({ role: 'admin', label: 'data desk' })).key
  editor = (await ctx.store.createApiKey({ role: 'editor', label: 'desk' })).key
})
afterAll(() => ctx.store.close())

const upload = async (attacks: string, key = admin) => {
  const form = new FormData()
  form.set('file', new File([attacks], 'missile_attacks_daily.csv', { type: 'text/csv' }))
  form.set('reference', new File([readFileSync(REFERENCE, 'utf8')], 'missiles_and_uavs.csv'))
  return ctx.app.request('/v1/datasets/air-force', {
    method: 'POST',
    headers: { authorization: `Bearer ${key}` },
    body: form,
  })
}

const seedNight = async () =>
  StoredRecord.parse(await (await ctx.app.request(`/v1/attacks/${SEED_NIGHT}`)).json())

/** The cells of one CSV line (the test's own reading, independent of the importer's parser). */
const cellsOf = (line: string): string[] =>
  [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
    .map((m) => (m[1] ?? '').replace(/^"|"$/g, ''))
    .slice(0, 22)

/**
 * Air Force reports per start day, and their launched totals, straight from the CSV: a post's
 * overlapping windows are one report, as the data README says.
 */
const reportsPerDay = (csv: string, month: string) => {
  const rows = csv.trim().split('\n').slice(1).map(cellsOf)
  const windows = new Map<string, { start: string; end: string; launched: number }[]>()
  for (const cells of rows) {
    const [start = '', end = ''] = cells.map((c) => c.trim())
    const source = cells[21]?.trim() ?? ''
    const norm = (t: string, endOfDay: boolean) =>
      t.length === 10 ? `${t} ${endOfDay ? '24:00' : '00:00'}` : t.replace(/ (\d):/, ' 0$1:')
    const list = windows.get(source) ?? []
    list.push({
      start: norm(start, false),
      end: norm(end || start, true),
      launched: Number(cells[6] || 0),
    })
    windows.set(source, list)
  }
  const attacks = new Map<string, number>()
  const launched = new Map<string, number>()
  for (const list of windows.values()) {
    list.sort((a, b) => a.start.localeCompare(b.start))
    let reachEnd = ''
    let day = ''
    for (const w of list) {
      if (!(reachEnd && w.start <= reachEnd)) {
        day = w.start.slice(0, 10)
        if (day.startsWith(month)) attacks.set(day, (attacks.get(day) ?? 0) + 1)
      }
      if (w.end > reachEnd) reachEnd = w.end
      if (day.startsWith(month)) launched.set(day, (launched.get(day) ?? 0) + w.launched)
    }
  }
  return { attacks, launched }
}

describe.skipIf(!present)(
  'POST /v1/datasets/air-force with the real file',
  { timeout: 60_000 },
  () => {
    const csv = present ? readFileSync(ATTACKS, 'utf8') : ''
    let first: z.infer<typeof DatasetImportSummary>

    it('imports every row: reports created, the seed night fused, nothing rejected', async () => {
      const res = await upload(csv)
      expect(res.status).toBe(200)
      first = DatasetImportSummary.parse(await res.json())
      expect(first.rowsRead).toBe(3378)
      expect(first.rejected).toEqual([])
      expect(first.created + first.merged.length).toBeGreaterThan(1700)
      const seed = first.merged.find((m) => m.into === SEED_NIGHT)
      expect(seed?.reasons.join('; ')).toMatch(/shared areas \(oblast level\): .*ua-kyiv-oblast/)
    })

    it("shows the article's casualty figures and the Air Force's counts on the seed night", async () => {
      const { record } = await seedNight()
      const attack = Attack.parse(record)
      const launched = attack.claims.filter((c) => c.fact === 'launched')
      const total = launched.reduce((s, c) => s + ('value' in c.value ? c.value.value : 0), 0)
      expect(total).toBe(450)
      expect(launched.find((c) => c.value.subject === 'Shahed-136/131')?.value).toMatchObject({
        value: 426,
      })
      expect(
        launched.every(
          (c) => c.assertedBy.type === 'actor' && c.assertedBy.actorId === 'ua-air-force',
        ),
      ).toBe(true)
      expect(attack.claims.filter((c) => c.fact === 'killed').map((c) => c.sourceId)).toContain(
        'src-istanbul-talks-2025-07-21',
      )
      const sources = new Set(attack.claims.map((c) => c.sourceId))
      expect(sources.size).toBeGreaterThanOrEqual(2)
    })

    it('changes nothing when the same file is imported again', async () => {
      const before = await ctx.store.latestChange()
      const again = DatasetImportSummary.parse(await (await upload(csv)).json())
      expect(again).toMatchObject({ created: 0, merged: [], updated: 0, rejected: [] })
      expect(again.unchanged).toBe(first.created + first.merged.length)
      expect(await ctx.store.latestChange()).toBe(before)
    })

    it('writes a changed row as a new revision of the record holding it', async () => {
      const { meta } = await seedNight()
      const newer = csv.replace(
        '2025-07-20 21:00,2025-07-21 09:30,Shahed-136/131,Primorsko-Akhtarsk and Bryansk oblast and Oryol oblast and Millerovo and Shatalovo,Ukraine,,426.0,200.0',
        '2025-07-20 21:00,2025-07-21 09:30,Shahed-136/131,Primorsko-Akhtarsk and Bryansk oblast and Oryol oblast and Millerovo and Shatalovo,Ukraine,,427.0,201.0',
      )
      const summary = DatasetImportSummary.parse(await (await upload(newer)).json())
      expect(summary).toMatchObject({ created: 0, updated: 1 })
      const after = await seedNight()
      expect(after.meta.version).toBe(meta.version + 1)
      const shahed = Attack.parse(after.record).claims.filter(
        (c) => c.fact === 'launched' && c.value.subject === 'Shahed-136/131',
      )
      expect(shahed.map((c) => ('value' in c.value ? c.value.value : 0))).toEqual([427])
      await upload(csv)
    })

    it("gives /v1/stats per-day attack totals for July 2025 that match the file's reports", async () => {
      const stats = Stats.parse(
        await (await ctx.app.request('/v1/stats?from=2025-07-01&to=2025-07-31')).json(),
      )
      const expected = reportsPerDay(csv, '2025-07').attacks
      // The seed's other attack that night (Ukrainian drones over Russia) is no Air Force report.
      expected.set('2025-07-20', (expected.get('2025-07-20') ?? 0) + 1)
      const actual = new Map(
        stats.attacksByDay
          .filter((d) => d.day.startsWith('2025-07'))
          .map((d) => [d.day, d.attacks]),
      )
      expect(actual).toEqual(expected)
    })

    it("holds the file's launched totals per day of July 2025 as the Air Force's evidence", async () => {
      const res = await ctx.app.request('/v1/attacks?from=2025-07-01&to=2025-07-31&limit=500')
      const page: { items: unknown[] } = await res.json()
      const launched = new Map<string, number>()
      for (const item of page.items) {
        const attack = Attack.parse(StoredRecord.parse(item).record)
        const date = attack.claims.find(
          (c) => c.fact === 'date' && c.sourceId.startsWith('src-af-'),
        )
        const day = date?.fact === 'date' && date.value.resolved ? date.value.start : undefined
        if (!day?.startsWith('2025-07')) continue
        for (const c of attack.claims)
          if (
            c.fact === 'launched' &&
            c.sourceId.startsWith('src-af-') &&
            c.value.qualifier !== 'range'
          )
            launched.set(day, (launched.get(day) ?? 0) + c.value.value)
      }
      expect(launched).toEqual(reportsPerDay(csv, '2025-07').launched)
    })

    it('lets an editor split the fused report out again, as revisions, and a re-import keeps it apart', async () => {
      const fused = first.merged.find((m) => m.into === SEED_NIGHT)
      const { meta } = await seedNight()
      const [asSeeded] = await ctx.store.history(SEED_NIGHT)
      if (asSeeded?.record.kind !== 'attack') throw new Error('the seed night has no history')
      const res = await ctx.app.request('/v1/import/split', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
        body: JSON.stringify({ recordId: SEED_NIGHT, datasetRecordId: fused?.id }),
      })
      expect(res.status).toBe(200)
      const after = await seedNight()
      expect(after.meta.version).toBe(meta.version + 1)
      expect(after.record.claims.some((c) => c.id.startsWith(`${fused?.id}.`))).toBe(false)
      // The report's oblasts and weapon models leave with its claims: the article's night is back.
      if (after.record.kind !== 'attack') throw new Error('not an attack')
      expect(after.record.placeIds).toEqual(asSeeded.record.placeIds)
      expect(after.record.weapons).toEqual(asSeeded.record.weapons)
      const split = StoredRecord.parse(
        await (await ctx.app.request(`/v1/attacks/${fused?.id}`)).json(),
      )
      expect(split.record.claims.filter((c) => c.fact === 'launched')).toHaveLength(5)
      // The first import after the split gives the split record its report's own title once.
      const again = DatasetImportSummary.parse(await (await upload(csv)).json())
      expect(again).toMatchObject({ created: 0, merged: [], updated: 1 })
      expect((await seedNight()).meta.version).toBe(after.meta.version)
      const third = DatasetImportSummary.parse(await (await upload(csv)).json())
      expect(third).toMatchObject({ created: 0, merged: [], updated: 0 })
    })

    it('refuses a dataset import from an editor, and one without its reference', async () => {
      expect((await upload('time_start\n', editor)).status).toBe(403)
      const form = new FormData()
      form.set('file', new File([csv], 'missile_attacks_daily.csv'))
      const res = await ctx.app.request('/v1/datasets/air-force', {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}` },
        body: form,
      })
      expect(res.status).toBe(400)
    })
  },
)
