import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { generateRecords } from '../generate/generate-records.ts'

const packageDir = fileURLToPath(new URL('../..', import.meta.url))
const BATCH = 250
const RECORDS = 20_000

/** Resolves once the child has printed `count` "committed" lines. */
const committedBatches = (child: ChildProcess, count: number) =>
  new Promise<void>((resolve, reject) => {
    let seen = 0
    let buffer = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      seen += lines.filter((l) => l.startsWith('committed ')).length
      if (seen >= count) resolve()
    })
    child.once('exit', (code) =>
      reject(new Error(`import exited (${code}) before ${count} batches`)),
    )
  })

describe('an import killed mid-way (SIGKILL, real child process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-crash-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('leaves only whole batches: every record with all its rows, nothing half-written', async () => {
    const file = join(dir, 'records.ndjson')
    writeFileSync(
      file,
      [...generateRecords({ records: RECORDS, seed: 42 })].map((r) => JSON.stringify(r)).join('\n'),
    )
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/testing/import-child.ts', file, String(BATCH)],
      {
        cwd: packageDir,
        env: { ...process.env, SITREP_DATA_DIR: dir, DATABASE_URL: '' },
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    )
    await committedBatches(child, 3)
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited

    const db = new BetterSqlite3(join(dir, 'sitrep.db'))
    try {
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n
      const records = count('select count(*) as n from records')
      expect(records % BATCH).toBe(0)
      expect(records).toBeGreaterThanOrEqual(3 * BATCH)
      expect(count('select count(*) as n from revisions')).toBe(records)
      expect(count('select count(*) as n from record_search')).toBe(records)
      const docs = db.prepare('select doc from records').all() as { doc: string }[]
      const citedSources = docs.reduce(
        (n, row) =>
          n + new Set(JSON.parse(row.doc).claims.map((c: { sourceId: string }) => c.sourceId)).size,
        0,
      )
      expect(count('select count(*) as n from record_sources')).toBe(citedSources)
      expect(
        count(
          "select count(*) as n from records where kind in ('attack', 'talk') and id not in (select record_id from record_places)",
        ),
      ).toBe(0)
    } finally {
      db.close()
    }
  })
})
