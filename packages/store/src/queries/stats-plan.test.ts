import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actors, places } from '@sitrep/domain'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../dialects/sqlite.ts'
import { generateRecords } from '../generate/generate-records.ts'

const folder = mkdtempSync(join(tmpdir(), 'sitrep-stats-plan-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/**
 * A year of `/v1/stats` at a million records is fast only if each grouped count is answered from
 * an index alone; a plan that reads rows from the table costs a lookup per record. The plan is
 * the regression worth guarding here (the time is the benchmark's).
 */
describe('stats query plans on SQLite', () => {
  it('answer every grouped count from a covering index, attacks first in the region join', async () => {
    const file = join(folder, 'sitrep.db')
    const statements: { sql: string; parameters: readonly unknown[] }[] = []
    let recording = false
    const store = await openSqliteStore({
      file,
      onQuery: (sql, parameters) => {
        if (recording) statements.push({ sql, parameters })
      },
    })
    await store.loadDictionaries({ places, actors })
    await store.importRecords([...generateRecords({ records: 3000, seed: 3 })], { by: 'test' })
    recording = true
    await store.stats({ from: '2024-01-01', to: '2024-12-31' })
    recording = false
    await store.close()

    const raw = new BetterSqlite3(file, { readonly: true })
    const grouped = statements.filter((s) => /group by/i.test(s.sql))
    expect(grouped.length).toBeGreaterThanOrEqual(5)
    for (const { sql, parameters } of grouped) {
      const plan = raw
        .prepare(`explain query plan ${sql}`)
        .all(...parameters)
        .map((row) => (row as { detail: string }).detail)
      const onRecords = plan.filter((line) => /\brecords\b/.test(line))
      expect(onRecords.length, sql).toBeGreaterThan(0)
      for (const line of onRecords)
        expect(line, sql).toMatch(/^SEARCH records USING COVERING INDEX/)
      for (const line of plan.filter((l) => /record_places/.test(l)))
        expect(line, sql).toMatch(/COVERING INDEX record_places_tolls_by_record/)
    }
    raw.close()
  })
})
