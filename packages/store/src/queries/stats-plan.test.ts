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
 * A year of `/v1/stats` at a million records is fast only if it reads the daily rollups by a range
 * of days, and the records (those running into the range, and filters the rollups cannot answer)
 * only from covering indexes; a plan that reads rows from the records table costs a lookup per
 * record. The plan is the regression worth guarding here (the time is the benchmark's).
 */
describe('stats query plans on SQLite', () => {
  it('read the rollups by day range and records only from covering indexes, attacks first in the region join', async () => {
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
    const rollupReadsOf = async (filter: { from?: string; to?: string }) => {
      statements.length = 0
      recording = true
      await store.stats(filter)
      recording = false
      return statements.filter((s) => /from "stats_/.test(s.sql))
    }
    const whole = await rollupReadsOf({})
    const week = await rollupReadsOf({ from: '2024-03-04', to: '2024-03-10' })
    const year = await rollupReadsOf({ from: '2024-01-01', to: '2024-12-31' })
    const yearStatements = [...statements]
    await store.close()

    const raw = new BetterSqlite3(file, { readonly: true })
    const planOf = ({ sql, parameters }: (typeof statements)[number]) =>
      raw
        .prepare(`explain query plan ${sql}`)
        .all(...parameters)
        .map((row) => (row as { detail: string }).detail)
    // A range reads its days (or whole weeks and months, 0028) through the primary key or skips
    // through a group-ordered index by day; the whole war may scan a group-ordered index.
    const byDays =
      /^SEARCH stats_\w+ USING (PRIMARY KEY|COVERING INDEX stats_\w+_by_\w+) \((ANY\(\w+\)( AND ANY\(\w+\))* AND )?(day|week|month)>\? AND \4<\?\)/
    const grouped = /^(SCAN|SEARCH) stats_\w+ USING (COVERING INDEX stats_\w+_by_\w+|PRIMARY KEY)/
    expect(year.length).toBeGreaterThanOrEqual(8)
    for (const statement of [...week, ...year])
      for (const line of planOf(statement))
        if (/stats_/.test(line)) expect(line, statement.sql).toMatch(byDays)
    // The big groupings (per region, donor and bucket, speaker) stream in index order: no
    // temporary B-tree sorting every row of the war.
    for (const statement of whole.filter((s) => /group by/i.test(s.sql))) {
      const plan = planOf(statement)
      const big = /stats_(attack_regions|aid_donors|statement_speakers)\b/.test(statement.sql)
      for (const line of plan.filter((l) => /stats_/.test(l)))
        expect(line, statement.sql).toMatch(big ? grouped : /^(SCAN|SEARCH) stats_/)
      if (big) expect(plan, statement.sql).not.toContain('USE TEMP B-TREE FOR GROUP BY')
    }
    const onRecords = yearStatements.filter(
      (s) => /group by/i.test(s.sql) && /from "records"/.test(s.sql),
    )
    expect(onRecords.length).toBeGreaterThanOrEqual(6)
    for (const statement of onRecords) {
      const plan = planOf(statement)
      const lines = plan.filter((line) => /\brecords\b/.test(line))
      expect(lines.length, statement.sql).toBeGreaterThan(0)
      for (const line of lines)
        expect(line, statement.sql).toMatch(/^SEARCH records USING COVERING INDEX/)
      for (const line of plan.filter((l) => /record_places/.test(l)))
        expect(line, statement.sql).toMatch(/COVERING INDEX record_places_tolls_by_record/)
    }
    raw.close()
  })
})
