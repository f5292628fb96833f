import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const folder = new URL('./', import.meta.url)
const migrationFiles = readdirSync(folder)
  .filter((name) => /^\d{4}-[a-z-]+\.ts$/.test(name))
  .sort()

/** What a migration may import: Kysely itself and the SQL family it is written for. */
const frozenImports = new Set(['kysely', './sql-family.ts'])

describe('migrations are frozen history', () => {
  it.each(migrationFiles)('%s imports nothing of today’s code', (name) => {
    const source = readFileSync(new URL(name, folder), 'utf8')
    const imported = [...source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1])
    expect(imported.filter((from) => !frozenImports.has(from ?? ''))).toEqual([])
  })

  it('lists every migration file, and only those (a file left out never runs)', async () => {
    const { migrationsFor } = await import('./index.ts')
    expect(Object.keys(migrationsFor('sqlite')).map((name) => `${name}.ts`)).toEqual(migrationFiles)
  })
})
