import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Database } from '../database.ts'
import { toRecordRows } from '../mappers.ts'
import { migrateToLatest } from '../migrate.ts'
import { russianDroneWave } from '../testing/fixtures.ts'
import { interactiveTransaction } from '../transaction.ts'
import type { UpgradeEvent } from '../upgrade-event.ts'
import type { DeriveStep } from './derive-step.ts'
import { deriveStepKey, deriveToLatest } from './derive-to-latest.ts'
import { statsColumnsStep } from './stats-columns.ts'
import { deriveSteps } from './steps.ts'

const withDatabase = async (test: (db: Kysely<Database>) => Promise<void>) => {
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }),
  })
  try {
    await migrateToLatest(db, 'sqlite')
    await test(db)
  } finally {
    await db.destroy()
  }
}

const derive = (
  db: Kysely<Database>,
  steps: readonly DeriveStep[],
  onUpgrade?: (e: UpgradeEvent) => void,
) => deriveToLatest(db, { transact: interactiveTransaction(db), steps, onUpgrade })

/** The drone wave as the write path stores it, then a ceiling no rule gives it. */
const storeWaveWithStaleCeiling = async (db: Kysely<Database>) => {
  const { record } = toRecordRows(russianDroneWave(), {
    version: 1,
    createdAt: 'now',
    updatedAt: 'now',
  })
  await db.insertInto('records').values(record).execute()
  await db.updateTable('records').set({ killed_high: 999 }).execute()
}

const ceiling = async (db: Kysely<Database>) =>
  (await db.selectFrom('records').select('killed_high').executeTakeFirstOrThrow()).killed_high

describe('deriveToLatest', () => {
  it('runs every step on a new database, says nothing, and records each version', () =>
    withDatabase(async (db) => {
      const heard: UpgradeEvent[] = []
      expect(await derive(db, deriveSteps, (e) => heard.push(e))).toEqual([
        'stats_columns',
        'statement_columns',
        'place_tolls',
        'source_identity',
        'record_disputes',
        'record_facets',
        'stats_rollups',
        'dispute_rollups',
        'record_locations',
        'map_months',
        'facet_days',
      ])
      expect(heard).toEqual([])
      const recorded = await db.selectFrom('store_meta').selectAll().orderBy('key').execute()
      expect(recorded).toEqual(
        deriveSteps
          .map((step) => ({ key: deriveStepKey(step), value: step.version }))
          .sort((a, b) => a.key.localeCompare(b.key)),
      )
    }))

  it('leaves a step alone while its version is unchanged', () =>
    withDatabase(async (db) => {
      await derive(db, deriveSteps)
      await storeWaveWithStaleCeiling(db)
      expect(await derive(db, deriveSteps)).toEqual([])
      expect(await ceiling(db)).toBe(999)
    }))

  it('runs a step again, alone, when its version is bumped, and then not again', () =>
    withDatabase(async (db) => {
      await derive(db, deriveSteps)
      await storeWaveWithStaleCeiling(db)
      const bumped = deriveSteps.map((step) =>
        step === statsColumnsStep ? { ...step, version: '2' } : step,
      )
      const heard: UpgradeEvent[] = []
      expect(await derive(db, bumped, (e) => heard.push(e))).toEqual(['stats_columns'])
      // "Two dead and 15 injured" nationwide: the ceiling is the count itself.
      expect(await ceiling(db)).toBe(2)
      expect(heard).toEqual([
        { phase: 'derive', step: 'stats_columns', version: '2', done: 0, total: 1 },
        { phase: 'derive', step: 'stats_columns', version: '2', done: 1, total: 1 },
      ])
      const { value } = await db
        .selectFrom('store_meta')
        .select('value')
        .where('key', '=', 'stats_columns_scheme')
        .executeTakeFirstOrThrow()
      expect(value).toBe('2')
      expect(await derive(db, bumped)).toEqual([])
    }))

  it('records nothing for a step that fails, so the next open runs it again', () =>
    withDatabase(async (db) => {
      const failing: DeriveStep = {
        name: 'failing',
        version: '1',
        run: async () => {
          throw new Error('interrupted')
        },
      }
      await expect(derive(db, [statsColumnsStep, failing])).rejects.toThrow('interrupted')
      expect(await derive(db, [statsColumnsStep])).toEqual([])
      await expect(derive(db, [failing])).rejects.toThrow('interrupted')
    }))
})
