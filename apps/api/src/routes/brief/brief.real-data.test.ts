import { readFileSync } from 'node:fs'
import { Brief } from '@sitrep/domain'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  AIR_FORCE_ATTACKS,
  AIR_FORCE_REFERENCE,
  airForcePresent,
  airWarPerDay,
  DATA_DIR,
} from '../../testing/air-force-csv.ts'
import { seededApp } from '../../testing/seeded-app.ts'

const present = airForcePresent()
if (!present)
  console.warn(`real datasets not found at ${DATA_DIR}: the brief's air war test is skipped`)

let ctx: Awaited<ReturnType<typeof seededApp>>
beforeAll(async () => {
  ctx = await seededApp()
})
afterAll(() => ctx.store.close())

const WEEK = { from: '2025-07-14', to: '2025-07-20' }

describe.skipIf(!present)(
  '/v1/brief with the Air Force file imported',
  { timeout: 120_000 },
  () => {
    it('gives a July 2025 week’s launched and intercepted totals equal to the sums of the file', async () => {
      const admin = (await ctx.store.createApiKey({ role: 'admin', label: 'data desk' })).key
      const csv = readFileSync(AIR_FORCE_ATTACKS, 'utf8')
      const form = new FormData()
      form.set('file', new File([csv], 'missile_attacks_daily.csv', { type: 'text/csv' }))
      form.set(
        'reference',
        new File([readFileSync(AIR_FORCE_REFERENCE, 'utf8')], 'missiles_and_uavs.csv'),
      )
      const imported = await ctx.app.request('/v1/datasets/air-force', {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}` },
        body: form,
      })
      expect(imported.status).toBe(200)

      const res = await ctx.app.request(`/v1/brief?from=${WEEK.from}&to=${WEEK.to}`)
      expect(res.status).toBe(200)
      const brief = Brief.parse(await res.json())
      const line = brief.sections
        .find((s) => s.id === 'attacks')
        ?.sentences.find((s) => s.text.startsWith('Air war, attacks by Russia'))
      const figure = (of: string) => line?.figures.find((f) => f.of === of)?.value

      let launched = 0
      let intercepted = 0
      for (const [day, sums] of airWarPerDay(csv))
        if (day >= WEEK.from && day <= WEEK.to) {
          launched += sums.launched
          intercepted += sums.intercepted
        }
      expect(launched).toBeGreaterThan(1000)
      expect(figure('launched by russia')).toBe(launched)
      expect(figure('intercepted of russia')).toBe(intercepted)
      // The sentence prints the same figures the test summed.
      const print = (n: number) => n.toLocaleString('en-GB')
      expect(line?.text).toContain(
        `${print(launched)} launched and ${print(intercepted)} intercepted`,
      )
    })
  },
)
