import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { NotFound } from '../errors.ts'
import { exportCsv } from '../export/csv.ts'
import { dialectsUnderTest, fixedClock } from '../testing/dialects-under-test.ts'
import { julyTalk, russianDroneWave } from '../testing/fixtures.ts'
import { chunked, collect } from '../testing/streams.ts'
import { importStream } from './import-stream.ts'

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
      expect(summary.rejected.map((r) => [r.line, r.id])).toEqual([
        [3, undefined],
        [5, 'talk-extra'],
        [6, 'attack-absurd'],
        [7, julyTalk().id],
        [8, undefined],
      ])
      expect(summary.rejected[0]?.reason).toMatch(/invalid JSON/)
      expect(summary.rejected[1]?.reason).toMatch(/colour/)
      expect(summary.rejected[2]?.reason).toMatch(/claims\.0\.value/)
      expect(summary.rejected[3]?.reason).toMatch(/repeated|exists/)
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
        { line: 3, reason: 'column title disagrees with the record JSON' },
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
      expect(wrongHeader).toEqual({
        imported: 0,
        rejected: [{ line: 1, reason: expect.stringMatching(/header/) }],
      })
      const open = await importStream(
        store,
        chunked('id,kind,title,date_start,date_end,places,record\na,talk,"never closed\n'),
        { format: 'csv', by: 'csv' },
      )
      expect(open.rejected).toEqual([{ line: 2, reason: expect.stringMatching(/not closed/) }])
      expect((await store.listRecords({}, { limit: 5 })).items).toEqual([])
    } finally {
      await store.close()
    }
  })
})
