import type { Aid, Attack, Source } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { candidateLookups, findMergeCandidates } from './merge-candidates.ts'
import { dialectsUnderTest, withStoreOf } from './testing/dialects-under-test.ts'
import { editor, julyTalk, russianDroneWave } from './testing/fixtures.ts'

const article = (id: string, publishedAt: string): Source => ({
  id,
  kind: 'article',
  title: `Report ${id}`,
  language: 'en',
  text: 'Russia attacked overnight with drones.',
  publishedAt,
})

/** The seed night as told by an article that gives no date, cited by `sourceId`. */
const undated = (id: string, sourceId: string): Attack => {
  const wave = russianDroneWave()
  return {
    ...wave,
    id,
    claims: wave.claims.filter((c) => c.fact !== 'date').map((c) => ({ ...c, sourceId })),
  }
}

describe('what a draft asks the store', () => {
  it('asks a dated draft for its kind around its dates and for undated reports of those days', () => {
    // The seed night runs from the evening of 20 July to the morning of 21 July.
    expect(candidateLookups(russianDroneWave())).toEqual([
      { by: 'filter', filter: { kind: ['attack'], from: '2025-07-19', to: '2025-07-22' } },
      { by: 'reported', kind: 'attack', from: '2025-07-19', to: '2025-07-23' },
    ])
  })

  it('asks an undated draft for its anchor and the undated reports within a day of its article', () => {
    expect(candidateLookups(undated('attack-x', 'src-x'), '2025-07-21T09:00:00Z')).toEqual([
      { by: 'filter', filter: { kind: ['attack'], from: '2025-07-20', to: '2025-07-21' } },
      { by: 'reported', kind: 'attack', from: '2025-07-20', to: '2025-07-22' },
    ])
    const { claims, ...talk } = julyTalk()
    expect(candidateLookups({ ...talk, claims: claims.filter((c) => c.fact !== 'date') })).toEqual([
      { by: 'filter', filter: { kind: ['talk'], placeId: talk.venueId } },
    ])
  })

  it("anchors an undated aid draft on its recipient's aid and on each donor's", () => {
    const aid: Aid = {
      id: 'aid-x',
      kind: 'aid',
      title: 'Pledge for next year',
      stage: 'pledge',
      category: 'military',
      recipientId: 'ukraine',
      donorIds: ['spain', 'spain', 'germany'],
      claims: [],
    }
    expect(candidateLookups(aid)).toEqual([
      { by: 'filter', filter: { kind: ['aid'], actorId: 'ukraine' } },
      { by: 'filter', filter: { kind: ['aid'], actorId: 'spain' } },
      { by: 'filter', filter: { kind: ['aid'], actorId: 'germany' } },
    ])
    expect(candidateLookups({ ...aid, donorIds: [] })).toEqual([
      { by: 'filter', filter: { kind: ['aid'], actorId: 'ukraine' } },
    ])
  })

  it('asks for no anchor of an undated talk no source places, only for its reports', () => {
    const { claims, venueId: _, ...talk } = julyTalk()
    const unplaced = { ...talk, claims: claims.filter((c) => c.fact !== 'date') }
    expect(candidateLookups(unplaced, '2025-07-23T09:00:00Z')).toEqual([
      { by: 'reported', kind: 'talk', from: '2025-07-22', to: '2025-07-24' },
    ])
  })
})

describe.each(dialectsUnderTest())('merge candidates on $engine', (dialect) => {
  const withStore = withStoreOf(dialect)

  it('offers a dated draft the undated record of an article published that morning', () =>
    withStore(async (store) => {
      await store.upsertSource(article('src-undated', '2025-07-21T07:30:00Z'))
      await store.createRecord(undated('attack-undated', 'src-undated'), editor)
      await store.upsertSource(article('src-later', '2025-07-25'))
      await store.createRecord(undated('attack-later', 'src-later'), editor)
      const found = await findMergeCandidates(store, [russianDroneWave()])
      expect(found.records.map((r) => r.id)).toEqual(['attack-undated'])
      expect(found.reportedOn).toEqual({ 'attack-undated': '2025-07-21' })
    }))

  it('gives the report day of an undated record its anchor found (a talk by its venue)', () =>
    withStore(async (store) => {
      const { claims, ...talk } = julyTalk()
      const undatedTalk = {
        ...talk,
        id: 'talk-undated',
        claims: claims.filter((c) => c.fact !== 'date').map((c) => ({ ...c, sourceId: 'src-t' })),
      }
      await store.upsertSource(article('src-t', '2025-07-23'))
      await store.createRecord(undatedTalk, editor)
      const found = await findMergeCandidates(store, [{ ...undatedTalk, id: 'draft-talk-1' }])
      expect(found.records.map((r) => r.id)).toEqual(['talk-undated'])
      expect(found.reportedOn).toEqual({ 'talk-undated': '2025-07-23' })
    }))

  it('offers an undated draft both the dated night before its article and undated reports', () =>
    withStore(async (store) => {
      await store.createRecord(russianDroneWave(), editor)
      await store.upsertSource(article('src-undated', '2025-07-22'))
      await store.createRecord(undated('attack-undated', 'src-undated'), editor)
      const found = await findMergeCandidates(
        store,
        [undated('draft-attack-1', 'src-new')],
        '2025-07-21',
      )
      expect(found.records.map((r) => r.id)).toEqual([russianDroneWave().id, 'attack-undated'])
      expect(found.reportedOn).toEqual({ 'attack-undated': '2025-07-22' })
    }))
})
