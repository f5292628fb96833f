import { readFileSync } from 'node:fs'
import { Stats } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  AIR_FORCE_ATTACKS as ATTACKS,
  airForcePresent,
  airWarPerDay,
  DATA_DIR,
  AIR_FORCE_REFERENCE as REFERENCE,
} from '../../testing/air-force-csv.ts'
import { seededApp } from '../../testing/seeded-app.ts'

const present = airForcePresent()
if (!present)
  console.warn(`real datasets not found at ${DATA_DIR}: the air war truth test is skipped`)

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp()
})
afterAll(() => ctx.store.close())

describe.skipIf(!present)(
  '/v1/stats air war with the Air Force file imported',
  { timeout: 120_000 },
  () => {
    it('gives launched and intercepted per day of July 2025 equal to the sums of the file', async () => {
      const admin = (await ctx.store.createApiKey({ role: 'admin', label: 'data desk' })).key
      const csv = readFileSync(ATTACKS, 'utf8')
      const form = new FormData()
      form.set('file', new File([csv], 'missile_attacks_daily.csv', { type: 'text/csv' }))
      form.set('reference', new File([readFileSync(REFERENCE, 'utf8')], 'missiles_and_uavs.csv'))
      const imported = await ctx.app.request('/v1/datasets/air-force', {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}` },
        body: form,
      })
      expect(imported.status).toBe(200)

      const res = await ctx.app.request('/v1/stats?from=2025-07-01&to=2025-07-31&bucket=day')
      expect(res.status).toBe(200)
      const { series } = Stats.parse(await res.json())
      expect(series.bucket).toBe('day')
      const actual = new Map<string, { launched: number; intercepted: number }>()
      // Russia's attacks: the seed's Ukrainian drones downed over Russia are no Air Force report.
      // The report of the night of 30 June runs into July: the range holds it, under its own day.
      const july = series.airWar.filter((a) => a.attackerId === 'russia' && a.start >= '2025-07')
      for (const item of july) {
        const held = actual.get(item.start) ?? { launched: 0, intercepted: 0 }
        actual.set(item.start, {
          launched: held.launched + item.launched,
          intercepted: held.intercepted + item.intercepted,
        })
      }
      const expected = new Map([...airWarPerDay(csv)].filter(([day]) => day.startsWith('2025-07')))
      expect(expected.size).toBeGreaterThan(20)
      expect(actual).toEqual(expected)
    })
  },
)
