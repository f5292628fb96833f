import { istanbulTalksArticle } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { StaleVersion } from './errors.ts'
import { dialectsUnderTest, withStoreOf } from './testing/dialects-under-test.ts'
import { editor, julyTalk, russianDroneWave } from './testing/fixtures.ts'

const report = {
  ...istanbulTalksArticle,
  id: 'src-af-report',
  title: 'An Air Force report',
  text: undefined,
}

describe.each(dialectsUnderTest())('dataset writes on $engine', (dialect) => {
  const withStore = withStoreOf(dialect)

  it('creates, revises and finds records by the sources of their evidence, in one batch', () =>
    withStore(async (store) => {
      await store.createRecord(russianDroneWave(), editor)
      const wave = russianDroneWave()
      const [date] = wave.claims
      if (!date) throw new Error('seed attack has no claims')
      const fused = {
        ...wave,
        claims: [...wave.claims, { ...date, id: 'af-date', sourceId: report.id }],
      }
      const result = await store.applyDatasetWrite(
        { sources: [report], creates: [julyTalk()], updates: [{ record: fused, baseVersion: 1 }] },
        { by: 'import:test' },
      )
      expect(result).toEqual({ created: 1, unchanged: 0, rejected: [] })
      const held = await store.recordsWithSources([report.id])
      expect(held.map((h) => [h.record.id, h.meta.version])).toEqual([[wave.id, 2]])
      expect((await store.getSource(report.id)).title).toBe('An Air Force report')
    }))

  it('writes nothing of a batch whose update is stale', () =>
    withStore(async (store) => {
      await store.createRecord(russianDroneWave(), editor)
      await expect(
        store.applyDatasetWrite(
          {
            sources: [report],
            creates: [julyTalk()],
            updates: [{ record: russianDroneWave(), baseVersion: 7 }],
          },
          { by: 'import:test' },
        ),
      ).rejects.toBeInstanceOf(StaleVersion)
      expect((await store.listRecords({ kind: ['talk'] }, { limit: 10 })).items).toEqual([])
    }))
})
