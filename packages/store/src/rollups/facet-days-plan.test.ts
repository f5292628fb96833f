import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actors, places } from '@sitrep/domain'
import { julyRound } from '@sitrep/domain/seed'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../dialects/sqlite.ts'
import { generateRecords } from '../generate/generate-records.ts'

const folder = mkdtempSync(join(tmpdir(), 'sitrep-facet-plan-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/**
 * One write's facet counts must start from the written record: read by place or facet, the
 * planner walked every record in Ukraine (1.47 s a write at a million records), and on a store it
 * has no statistics for, every facet row (growing with the store). The plan is what can regress.
 */
describe('facet rollup plan on SQLite', () => {
  it('reads the written record’s own place and facet rows, never a whole table or a place', async () => {
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
    await store.importRecords([...generateRecords({ records: 2000, seed: 5 })], { by: 'test' })
    recording = true
    await store.createRecord({ ...julyRound, id: 'talk-plan-check' }, { by: 'test' })
    recording = false
    await store.close()

    const raw = new BetterSqlite3(file, { readonly: true })
    const facetWrites = statements.filter((s) => /insert into facet_(days|months)/.test(s.sql))
    expect(facetWrites.length).toBe(2)
    for (const { sql, parameters } of facetWrites) {
      const select = sql.slice(sql.indexOf('select'))
      const plan = raw
        .prepare(`explain query plan ${select.slice(0, select.lastIndexOf('on conflict'))}`)
        .all(...parameters)
        .map((row) => (row as { detail: string }).detail)
      for (const line of plan.filter((l) => /\b(rp|f)\b/.test(l))) {
        expect(line, sql).toMatch(/^SEARCH (rp|f) USING (COVERING )?INDEX \w+ \(record_id=\?/)
      }
    }
    raw.close()
  })
})
