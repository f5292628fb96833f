import { istanbulTalksArticle } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { Conflict } from './errors.ts'
import { dialectsUnderTest, withStoreOf } from './testing/dialects-under-test.ts'
import { dictionaries, editor, julyTalk, russianDroneWave } from './testing/fixtures.ts'

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

  it('adds the actors an editor names new to the dictionary, kept when the shipped one reloads', () =>
    withStore(async (store) => {
      const governor = {
        id: 'oleh-petrenko',
        kind: 'person' as const,
        name: 'Oleh Petrenko',
        aliases: [],
        roles: [],
      }
      await store.loadDictionaries(dictionaries)
      await store.publishIngest(
        { source: secondSource, creates: [], additions: [], actors: [governor] },
        { by: 'key:desk' },
      )
      const listed = async () => (await store.listActors()).find((a) => a.id === governor.id)
      expect(await listed()).toEqual(governor)
      // A newer build's dictionary reloads around it, and the same id cannot be added twice.
      await store.loadDictionaries({ ...dictionaries, actors: dictionaries.actors.slice(1) })
      expect(await listed()).toEqual(governor)
      await expect(
        store.publishIngest(
          { source: secondSource, creates: [], additions: [], actors: [governor] },
          editor,
        ),
      ).rejects.toBeInstanceOf(Conflict)
      // An actor of the shipped dictionary's cannot be added again either.
      const shipped = dictionaries.actors[1]
      if (!shipped) throw new Error('no actors shipped')
      await expect(
        store.publishIngest(
          { source: secondSource, creates: [], additions: [], actors: [shipped] },
          editor,
        ),
      ).rejects.toBeInstanceOf(Conflict)
    }))
})
