import { istanbulTalksArticle, seedDataset } from '@sitrep/domain/seed'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedStore } from '../seed.ts'
import { fixedClock } from '../testing/dialects-under-test.ts'
import { dictionaries, editor, julyTalk } from '../testing/fixtures.ts'
import { sqliteContext } from '../testing/sqlite-context.ts'
import type { StoreContext } from './context.ts'
import { createDictionaryStore } from './dictionary-store.ts'
import { createFeedStore } from './feed-store.ts'
import { createImportStore } from './import-store.ts'
import { createIngestStore } from './ingest-store.ts'
import { createKeyStore } from './key-store.ts'
import { createRecordStore } from './record-store.ts'
import { createSourceStore } from './source-store.ts'
import { createStatsStore } from './stats-store.ts'

// Each part needs only the shared context: a caller (or a test) can build the one it uses.
describe('each part of the store built alone over SQLite', () => {
  let ctx: StoreContext
  beforeEach(async () => {
    ctx = await sqliteContext(fixedClock)
  })
  afterEach(() => ctx.db.destroy())

  it('keys: a key made by the key part is found by it', async () => {
    const keys = createKeyStore(ctx)
    const { info, key } = await keys.createApiKey({ role: 'reader', label: 'widget' })
    expect(await keys.findApiKey(key)).toEqual(info)
  })

  it('records and feed: a record written by one part is the latest change of the other', async () => {
    const records = createRecordStore(ctx)
    const feed = createFeedStore(ctx)
    expect(await feed.latestChange()).toBe(0)
    await records.createRecord(julyTalk(), editor)
    expect((await records.getRecord(julyTalk().id)).meta.version).toBe(1)
    const [change] = await feed.changesSince(0, 10)
    expect(change?.recordId).toBe(julyTalk().id)
    expect(await feed.latestChange()).toBe(change?.seq)
  })

  it('dictionaries and sources: loaded, then listed', async () => {
    const dictionary = createDictionaryStore(ctx)
    await dictionary.loadDictionaries(dictionaries)
    expect(await dictionary.listPlaces()).toHaveLength(dictionaries.places.length)
    const sources = createSourceStore(ctx)
    await sources.upsertSource(istanbulTalksArticle)
    expect(await sources.getSource(istanbulTalksArticle.id)).toEqual(istanbulTalksArticle)
  })

  it('imports, ingest and stats: a batch and an article written, then summed', async () => {
    await createSourceStore(ctx).upsertSource(istanbulTalksArticle)
    const imported = await createImportStore(ctx).importRecords([julyTalk()], editor)
    expect(imported).toEqual({ created: 1, unchanged: 0, rejected: [] })
    const ingested = await createIngestStore(ctx).publishIngest(
      { source: istanbulTalksArticle, creates: [], additions: [] },
      editor,
    )
    expect(ingested).toEqual({ created: [], merged: [] })
    const stats = await createStatsStore(ctx).stats({})
    expect(stats.talksByStatus.reduce((n, t) => n + t.count, 0)).toBe(1)
  })

  it('seeding: the dataset loads once', async () => {
    expect(await seedStore(ctx, { ...seedDataset, ...dictionaries })).toBe(true)
    expect(await seedStore(ctx, seedDataset)).toBe(false)
  })
})
