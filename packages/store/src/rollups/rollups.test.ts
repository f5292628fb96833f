import { actors, places } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { statsRollupsStep } from '../derive/stats-rollups.ts'
import { createDictionaryStore } from '../parts/dictionary-store.ts'
import { createImportStore } from '../parts/import-store.ts'
import { createRecordStore } from '../parts/record-store.ts'
import { stats } from '../queries/stats.ts'
import { statsTotals } from '../queries/stats-figures.ts'
import { statsSeries } from '../queries/stats-series.ts'
import { talliesOfRecords } from '../queries/stats-tallies.ts'
import { dialectsUnderTest, fixedClock, withStoreOf } from '../testing/dialects-under-test.ts'
import { sqliteContext } from '../testing/sqlite-context.ts'
import { ROLLUP_TABLES } from './contribution.ts'
import type { DayRange } from './day-range.ts'
import { randomWrites } from './write-sequence.ts'

const RANGES: DayRange[] = [
  {},
  { from: '2023-01-01', to: '2023-12-31' },
  { from: '2024-03-01' },
  { to: '2024-06-30' },
  // Partial first and last buckets, and a range inside one month.
  { from: '2023-02-15', to: '2023-11-20' },
  { from: '2024-05-03', to: '2024-05-21' },
]

describe('stats rollups over SQLite, against the records they sum', () => {
  it.each([1, 2, 3])(
    'agree with a regrouping of the records after random writes (sequence %i)',
    async (seed) => {
      const ctx = await sqliteContext(fixedClock)
      try {
        await createDictionaryStore(ctx).loadDictionaries({ places, actors })
        const records = createRecordStore(ctx)
        const writes = { ...records, ...createImportStore(ctx) }
        await randomWrites(writes, seed, 40)
        // A range starting on the last day of a record that began the day before: that record
        // is not in the rollups' days, only in the records running into `from`.
        const spanning = await ctx.db
          .selectFrom('records')
          .select('records.date_end')
          .where('records.deleted_at', 'is', null)
          .whereRef('records.date_end', '>', 'records.date_start')
          .executeTakeFirst()
        expect(spanning?.date_end).toBeTruthy()
        const ranges = [...RANGES, { from: spanning?.date_end ?? undefined }]
        for (const range of ranges) {
          // The figures as served (rollups, plus records running into `from`) against a
          // regrouping of the records alone under the same filter.
          // Month and week read whole buckets from their own aid rollups, partial ends by day.
          const regrouped = await talliesOfRecords(ctx.db, range)
          for (const bucket of ['month', 'week', 'day'] as const)
            expect(
              await stats(ctx.db, range, { bucket }),
              `${JSON.stringify(range)} ${bucket}`,
            ).toEqual({
              ...statsTotals(regrouped),
              series: statsSeries(regrouped, bucket, range.to),
            })
        }
        const before = await Promise.all(
          ROLLUP_TABLES.map((t) => ctx.db.selectFrom(t).selectAll().execute()),
        )
        await statsRollupsStep.run(ctx.db, {
          transact: ctx.transact,
          progress: () => {},
        })
        const after = await Promise.all(
          ROLLUP_TABLES.map((t) => ctx.db.selectFrom(t).selectAll().execute()),
        )
        const nonZero = (rows: Record<string, unknown>[][]) =>
          rows.map((table) =>
            table
              .filter((row) => Object.values(row).some((v) => typeof v === 'number' && v !== 0))
              .map((row) => JSON.stringify(row))
              .sort(),
          )
        expect(nonZero(before)).toEqual(nonZero(after))
      } finally {
        await ctx.db.destroy()
      }
    },
    60_000,
  )
})

describe.each(dialectsUnderTest())('stats rollups on $engine', (dialect) => {
  const withStore = withStoreOf(dialect)

  it('sum after random writes what a store holding only the surviving records sums', async () => {
    let survivors: Awaited<ReturnType<typeof randomWrites>> = []
    const written: unknown[] = []
    await withStore(async (store) => {
      await store.loadDictionaries({ places, actors })
      survivors = await randomWrites(store, 7, 30)
      for (const range of RANGES) written.push(await store.stats(range, { bucket: 'week' }))
    })
    const loaded: unknown[] = []
    await withStore(async (store) => {
      await store.loadDictionaries({ places, actors })
      await store.importRecords(survivors, { by: 'desk' })
      for (const range of RANGES) loaded.push(await store.stats(range, { bucket: 'week' }))
    })
    expect(written).toEqual(loaded)
  }, 240_000)
})
