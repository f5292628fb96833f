import type { Source } from '@sitrep/domain'
import {
  editedCopy,
  istanbulTalksArticle,
  retypedCopy,
  sameNightOtherReport,
} from '@sitrep/domain/seed'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { deriveToLatest } from './derive/derive-to-latest.ts'
import { sourceIdentityStep } from './derive/source-identity.ts'
import { migrateToLatest } from './migrate.ts'
import { dialectsUnderTest, withStoreOf } from './testing/dialects-under-test.ts'
import { migratedUpTo } from './testing/migrate-up-to.ts'
import { interactiveTransaction } from './transaction.ts'

const URL_OF_SEED = 'https://www.dw.com/en/fresh-ukraine-russia-talks/a-73361234'
const seedWithUrl: Source = { ...istanbulTalksArticle, url: URL_OF_SEED }
/** The seed's words, typed with straight apostrophes and blank lines after a content system. */
const sameWords = `${istanbulTalksArticle.text?.replaceAll('’', "'").replaceAll('\n', '\n\n')}\n`

describe.each(dialectsUnderTest())('finding a held source on $engine', (dialect) => {
  const withStore = withStoreOf(dialect)

  it('finds the seed by the same URL with tracking parameters, an AMP path and http', () =>
    withStore(async (store) => {
      await store.upsertSource(seedWithUrl)
      expect(
        await store.findHeldSource({
          url: 'http://dw.com/en/fresh-ukraine-russia-talks/a-73361234/amp?utm_source=twitter&fbclid=x',
        }),
      ).toEqual({ sourceId: istanbulTalksArticle.id, by: 'url', similarity: 1 })
    }))

  it('finds the seed by its text retyped with straight quotes, blank lines and a trailing newline', () =>
    withStore(async (store) => {
      await store.upsertSource(istanbulTalksArticle)
      expect(await store.findHeldSource({ text: sameWords })).toEqual({
        sourceId: istanbulTalksArticle.id,
        by: 'text',
        similarity: 1,
      })
    }))

  it('finds the seed as the original of a lightly edited copy, with its similarity', () =>
    withStore(async (store) => {
      await store.upsertSource(istanbulTalksArticle)
      const held = await store.findHeldSource({ text: editedCopy })
      expect(held?.sourceId).toBe(istanbulTalksArticle.id)
      expect(held?.by).toBe('near-duplicate')
      expect(held?.similarity).toBeCloseTo(0.91, 2)
    }))

  it('answers with the original when the closest match is itself a copy', () =>
    withStore(async (store) => {
      await store.upsertSource(istanbulTalksArticle)
      await store.upsertSource({
        ...istanbulTalksArticle,
        id: 'src-copy',
        text: editedCopy,
        copyOf: istanbulTalksArticle.id,
      })
      const held = await store.findHeldSource({ text: `${editedCopy}\nA last line of its own.` })
      expect(held).toMatchObject({ sourceId: istanbulTalksArticle.id, by: 'near-duplicate' })
    }))

  it('holds nothing for a different report of the same night, nor for an unknown URL', () =>
    withStore(async (store) => {
      await store.upsertSource(seedWithUrl)
      expect(await store.findHeldSource({ text: sameNightOtherReport })).toBeUndefined()
      expect(await store.findHeldSource({ url: 'https://dw.com/en/other/a-1' })).toBeUndefined()
      expect(await store.findHeldSource({})).toBeUndefined()
    }))

  it('finds the revision with the very words among an address’s revisions, else the first text', () =>
    withStore(async (store) => {
      await store.upsertSource(seedWithUrl)
      await store.upsertSource({
        ...seedWithUrl,
        id: 'src-a-revision',
        text: editedCopy,
        copyOf: seedWithUrl.id,
      })
      expect(await store.findHeldSource({ url: URL_OF_SEED, text: editedCopy })).toEqual({
        sourceId: 'src-a-revision',
        by: 'url',
        similarity: 1,
      })
      expect(await store.findHeldSource({ url: URL_OF_SEED })).toMatchObject({
        sourceId: seedWithUrl.id,
      })
    }))

  it('never takes one news flash for a copy of another built on the same formula', () =>
    withStore(async (store) => {
      const flash = (city: string) =>
        `At least three people were killed in a Russian missile strike on ${city} overnight into Tuesday, the regional governor said.`
      await store.upsertSource({ ...istanbulTalksArticle, id: 'src-odesa', text: flash('Odesa') })
      expect(await store.findHeldSource({ text: flash('Mykolaiv') })).toBeUndefined()
      expect(await store.findHeldSource({ text: flash('Odesa') })).toMatchObject({ by: 'text' })
    }))

  it('tells how far the text moved when the URL matched', () =>
    withStore(async (store) => {
      await store.upsertSource(seedWithUrl)
      const held = await store.findHeldSource({ url: URL_OF_SEED, text: editedCopy })
      expect(held?.by).toBe('url')
      expect(held?.similarity).toBeCloseTo(0.91, 2)
    }))

  it('forgets the old text’s keys when a source is rewritten with another text', () =>
    withStore(async (store) => {
      await store.upsertSource(istanbulTalksArticle)
      await store.upsertSource({ ...istanbulTalksArticle, text: sameNightOtherReport })
      expect(await store.findHeldSource({ text: retypedCopy })).toBeUndefined()
      expect(await store.findHeldSource({ text: sameNightOtherReport })).toMatchObject({
        by: 'text',
      })
    }))

  it('finds a dataset row by the post it reports, never by its words', () =>
    withStore(async (store) => {
      const row = { ...seedWithUrl, id: 'src-row', kind: 'dataset-row' as const }
      await store.upsertSource(row)
      expect(await store.findHeldSource({ text: editedCopy })).toBeUndefined()
      expect(await store.findHeldSource({ text: sameWords })).toBeUndefined()
      expect(await store.findHeldSource({ url: `${URL_OF_SEED}?utm_medium=rss` })).toMatchObject({
        sourceId: 'src-row',
        by: 'url',
      })
    }))

  it('finds the seed after seeding, and publishing the same source again keeps one row', () =>
    withStore(async (store) => {
      await store.seed({ sources: [istanbulTalksArticle], records: [] })
      expect(await store.findHeldSource({ text: sameWords })).toMatchObject({
        sourceId: istanbulTalksArticle.id,
        by: 'text',
      })
      await store.publishIngest(
        { source: istanbulTalksArticle, creates: [], additions: [] },
        {
          by: 'editor',
        },
      )
      expect((await store.listSources()).map((s) => s.id)).toEqual([istanbulTalksArticle.id])
    }))
})

describe('deriving source identity for sources stored before migration 0014', () => {
  it('fills the columns and band keys at the next open, once', async () => {
    const db = await migratedUpTo('0013-actor-origin')
    try {
      await sql`insert into sources (id, title, doc) values (${seedWithUrl.id}, ${seedWithUrl.title}, ${JSON.stringify(seedWithUrl)})`.execute(
        db,
      )
      await migrateToLatest(db, 'sqlite')
      const derive = () =>
        deriveToLatest(db, { transact: interactiveTransaction(db), steps: [sourceIdentityStep] })
      expect(await derive()).toEqual(['source_identity'])
      const row = await db
        .selectFrom('sources')
        .select(['canonical_url', 'text_fingerprint', 'text_minhash'])
        .executeTakeFirstOrThrow()
      expect(row.canonical_url).toBe('https://dw.com/en/fresh-ukraine-russia-talks/a-73361234')
      expect(row.text_fingerprint).toMatch(/^[0-9a-f]{64}$/)
      expect(row.text_minhash).toHaveLength(128 * 8)
      const bands = await db
        .selectFrom('source_bands')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
      expect(Number(bands.n)).toBe(42)
      expect(await derive()).toEqual([])
    } finally {
      await db.destroy()
    }
  })
})
