import { istanbulTalksArticle } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { Conflict } from './errors.ts'
import { dialectsUnderTest, withStoreOf } from './testing/dialects-under-test.ts'
import { editor, julyTalk, russianDroneWave } from './testing/fixtures.ts'

const secondSource = { ...istanbulTalksArticle, id: 'src-second-report', title: 'A second report' }

describe.each(dialectsUnderTest())('publishing an ingested article on $engine', (dialect) => {
  const withStore = withStoreOf(dialect)

  it('writes the source, a new record and new evidence on a matched record together', () =>
    withStore(async (store) => {
      await store.createRecord(julyTalk(), editor)
      const [dateClaim] = julyTalk().claims
      if (!dateClaim) throw new Error('seed talk has no claims')
      const extra = {
        ...dateClaim,
        sourceId: secondSource.id,
        quote: 'Talks on Wednesday, a second outlet says.',
      }
      const result = await store.publishIngest(
        {
          source: secondSource,
          creates: [russianDroneWave()],
          additions: [{ recordId: julyTalk().id, claims: [extra] }],
        },
        editor,
      )
      expect(result.created.map((s) => s.record.id)).toEqual([russianDroneWave().id])
      expect(result.merged[0]?.meta.version).toBe(2)
      const merged = await store.getRecord(julyTalk().id)
      expect(merged.record.claims).toHaveLength(julyTalk().claims.length + 1)
      expect(merged.record.claims.at(-1)?.id).toBe(`${dateClaim.id}-2`)
      expect((await store.getSource(secondSource.id)).title).toBe('A second report')
    }))

  it('adds nothing when the same evidence is published again', () =>
    withStore(async (store) => {
      await store.createRecord(julyTalk(), editor)
      const result = await store.publishIngest(
        {
          source: istanbulTalksArticle,
          creates: [],
          additions: [{ recordId: julyTalk().id, claims: julyTalk().claims }],
        },
        editor,
      )
      expect(result.merged[0]?.meta.version).toBe(1)
      expect((await store.history(julyTalk().id)).map((r) => r.operation)).toEqual(['create'])
    }))

  it('writes nothing when any part is refused', () =>
    withStore(async (store) => {
      await store.createRecord(julyTalk(), editor)
      await expect(
        store.publishIngest(
          { source: secondSource, creates: [russianDroneWave(), julyTalk()], additions: [] },
          editor,
        ),
      ).rejects.toBeInstanceOf(Conflict)
      await expect(store.getRecord(russianDroneWave().id)).rejects.toThrow()
      expect((await store.listSources()).map((s) => s.id)).not.toContain(secondSource.id)
    }))
})
