import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { NotFound } from '../errors.ts'
import { exportCsv } from '../export/csv.ts'
import { dialectsUnderTest, fixedClock } from '../testing/dialects-under-test.ts'
import { julyTalk, russianDroneWave } from '../testing/fixtures.ts'
import { chunked, collect } from '../testing/streams.ts'
import { ImportHalted, importStream } from './import-stream.ts'

const line = (value: unknown) => JSON.stringify(value)

describe.each(dialectsUnderTest())('streaming import on $engine', (dialect) => {
  it('imports good NDJSON lines and reports each bad one by line number, writing none of it', async () => {
    const store = await dialect.open({ now: fixedClock })
    try {
      const text = [
        line(julyTalk()),
        '',
        '{"kind": "talk", "id": ',
        line(russianDroneWave()),
        line({ ...seedDataset.records[0], id: 'talk-extra', colour: 'red' }),
        line({
          ...russianDroneWave(),
          id: 'attack-absurd',
          placeIds: ['ua-kyiv'],
          claims: [{ ...russianDroneWave().claims[1], value: { qualifier: 'exact', value: 1e15 } }],
        }),
        line(julyTalk()),
        line({ ...julyTalk(), title: 'Another talk under the same id' }),
        'ünïcode ✓ but not JSON',
      ].join('\n')
      const progress: number[] = []
      const summary = await importStream(store, chunked(text), {
        format: 'ndjson',
        by: 'import:test.ndjson',
        batchSize: 2,
        onProgress: (p) => progress.push(p.imported),
      })
      expect(summary.imported).toBe(2)
      expect(summary.unchanged).toBe(1)
      expect(summary.rejected.map((r) => [r.line, r.id, r.code])).toEqual([
        [3, undefined, 'invalid-json'],
        [5, 'talk-extra', 'invalid-record'],
        [6, 'attack-absurd', 'invalid-record'],
        [8, julyTalk().id, 'repeated-id'],
        [9, undefined, 'invalid-json'],
      ])
      expect(summary.rejected[0]?.reason).toMatch(/invalid JSON/)
      expect(summary.rejected[1]?.reason).toMatch(/colour/)
      expect(summary.rejected[2]?.reason).toMatch(/claims\.0\.value/)
      expect(summary.rejected[3]?.reason).toMatch(/repeated/)
      expect(summary.rejectedCount).toBe(5)
      expect(summary.rejectedByCode).toEqual({
        'invalid-json': 2,
        'invalid-record': 2,
        'repeated-id': 1,
      })
      expect(progress.at(-1)).toBe(2)
      await expect(store.history('talk-extra')).rejects.toBeInstanceOf(NotFound)
      await expect(store.history('attack-absurd')).rejects.toBeInstanceOf(NotFound)
      expect((await store.history(julyTalk().id))[0]?.by).toBe('import:test.ndjson')
    } finally {
      await store.close()
    }
  })

  it('reads the documented CSV and refuses a row whose columns were edited apart from its JSON', async () => {
    const source = await dialect.open({ now: fixedClock })
    const target = await dialect.open({ now: fixedClock })
    try {
      await source.seed(seedDataset)
      const rows = (await collect(exportCsv(source, { kind: ['talk'] }))).split('\n')
      rows[2] = rows[2]?.replace('Second round', 'Edited round') ?? ''
      const summary = await importStream(target, chunked(rows.join('\n')), {
        format: 'csv',
        by: 'csv',
      })
      expect(summary.imported).toBe(2)
      expect(summary.rejected).toEqual([
        { line: 3, code: 'invalid-csv', reason: 'column title disagrees with the record JSON' },
      ])
    } finally {
      await source.close()
      await target.close()
    }
  })

  it('refuses a CSV with the wrong header or an unclosed quote', async () => {
    const store = await dialect.open({ now: fixedClock })
    try {
      const wrongHeader = await importStream(store, chunked('id,title\nx,y\n'), {
        format: 'csv',
        by: 'csv',
      })
      expect(wrongHeader).toMatchObject({
        imported: 0,
        rejected: [{ line: 1, code: 'invalid-csv', reason: expect.stringMatching(/header/) }],
      })
      const open = await importStream(
        store,
        chunked('id,kind,title,date_start,date_end,places,record\na,talk,"never closed\n'),
        { format: 'csv', by: 'csv' },
      )
      expect(open.rejected).toEqual([
        { line: 2, code: 'invalid-csv', reason: expect.stringMatching(/not closed/) },
      ])
      expect((await store.listRecords({}, { limit: 5 })).items).toEqual([])
    } finally {
      await store.close()
    }
  })

  it('reports a file imported twice as unchanged, not rejected', async () => {
    const store = await dialect.open({ now: fixedClock })
    try {
      const text = [line(julyTalk()), line(russianDroneWave())].join('\n')
      const options = { format: 'ndjson', by: 'twice' } as const
      expect((await importStream(store, chunked(text), options)).imported).toBe(2)
      const again = await importStream(store, chunked(text), options)
      expect(again).toMatchObject({ imported: 0, unchanged: 2, rejected: [], rejectedCount: 0 })
      expect(await store.history(julyTalk().id)).toHaveLength(1)
    } finally {
      await store.close()
    }
  })

  it('stops at bytes that are not UTF-8, committing every line before and naming the line', async () => {
    const store = await dialect.open({ now: fixedClock })
    try {
      const good = new TextEncoder().encode(`${line(julyTalk())}\n${line(russianDroneWave())}\n`)
      const bad = Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d, 0x0a)
      async function* body() {
        yield good
        yield bad
      }
      const halted = await importStream(store, body(), {
        format: 'ndjson',
        by: 'utf8',
        batchSize: 1,
      }).catch((error: unknown) => error)
      expect(halted).toBeInstanceOf(ImportHalted)
      const { refused, summary } = halted as ImportHalted
      expect(refused).toMatchObject({ fault: 'invalid-utf-8', line: 3 })
      expect(summary).toMatchObject({ imported: 2, throughLine: 2 })
      expect((await store.history(julyTalk().id)).length).toBe(1)
    } finally {
      await store.close()
    }
  })

  it('lists the first rejections only, counting the rest by code', async () => {
    const store = await dialect.open({ now: fixedClock })
    try {
      const junk = Array.from({ length: 500 }, (_, i) => `junk ${i}`).join('\n')
      const summary = await importStream(store, chunked(junk, 64), {
        format: 'ndjson',
        by: 'junk',
        limits: { listedRejections: 3 },
      })
      expect(summary.rejected.map((r) => r.line)).toEqual([1, 2, 3])
      expect(summary).toMatchObject({
        rejectedCount: 500,
        rejectedByCode: { 'invalid-json': 500 },
        throughLine: 500,
      })
    } finally {
      await store.close()
    }
  })

  const head = `${line(julyTalk())}\n{}\n`
  const headBytes = new TextEncoder().encode(head).byteLength
  it.each([
    ['a line too long', { maxLineBytes: headBytes }, 'x'.repeat(headBytes + 1), 'max-line-bytes'],
    ['too many lines', { maxLines: 2 }, 'a\nb\n', 'max-lines'],
    ['too many bytes', { maxBytes: headBytes + 7 }, 'x'.repeat(100), 'max-bytes'],
  ] as const)('stops at %s, naming the limit and the line', async (_, limits, tail, fault) => {
    const store = await dialect.open({ now: fixedClock })
    try {
      async function* body() {
        yield head
        yield tail
      }
      const halted = await importStream(store, body(), {
        format: 'ndjson',
        by: 'limits',
        limits,
      }).catch((error: unknown) => error)
      expect(halted).toBeInstanceOf(ImportHalted)
      const { refused, summary } = halted as ImportHalted
      expect(refused.fault).toBe(fault)
      expect(summary.imported).toBe(1)
      expect(summary.rejectedCount).toBe(1)
      expect(summary.throughLine).toBe(refused.line - 1)
      expect(refused.line).toBe(3)
    } finally {
      await store.close()
    }
  })
})
