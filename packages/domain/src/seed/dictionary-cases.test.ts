import { describe, expect, it } from 'vitest'
import { roleOn } from '../actor.ts'
import { actorById } from '../actors/index.ts'
import { resolveActor, resolvePlace } from '../aliases.ts'
import { isBelligerentClaim, sideOf } from '../belligerents.ts'
import type { Asserter } from '../evidence.ts'
import { placeById } from '../gazetteer/places.ts'
import { seedDataset } from './index.ts'

const records = seedDataset.records
const claims = records.flatMap((r) => r.claims.map((c) => ({ record: r, claim: c })))
const claim = (id: string) => {
  const found = claims.find((c) => c.claim.id === id)?.claim
  if (!found) throw new Error(`seed has no claim ${id}`)
  return found
}

describe('case 6: belligerents’ claims are kept as claims', () => {
  it('keeps Russia’s Ministry of Defence’s 74 drones as an unverified claim by a party to the war', () => {
    const downed = claim('at2-intercepted')
    expect(downed).toMatchObject({
      assertedBy: { type: 'actor', actorId: 'ru-mod' },
      attribution: 'official-body',
      verification: 'unverified',
      value: { qualifier: 'exact', value: 74, scope: 'ru', subject: 'drones' },
    })
    expect(sideOf(downed.assertedBy, actorById)).toBe('russia')
    expect(isBelligerentClaim(downed.assertedBy, actorById)).toBe(true)
  })

  it('recognises unnamed Ukrainian officials as a party too, and a Norwegian minister as not one', () => {
    expect(isBelligerentClaim(claim('at1-killed-kyiv').assertedBy, actorById)).toBe(true)
    expect(isBelligerentClaim(claim('a5-money').assertedBy, actorById)).toBe(false)
  })
})

describe('case 8: statements keep quote or paraphrase, speaker role, channel and subject', () => {
  const statements = records.flatMap((r) => (r.kind === 'statement' ? [r] : []))

  it('tells quotes from paraphrases', () => {
    const quotes = statements.filter((s) => s.mode === 'quote').map((s) => s.id)
    expect(quotes).toEqual(['st-zelensky-more-momentum', 'st-syrskyi-urgently-lacking'])
  })

  it('reads Shmyhal as defence minister on the day of the article, prime minister before July 2025', () => {
    const shmyhal = actorById('shmyhal')
    if (!shmyhal) throw new Error('no shmyhal in the actor dictionary')
    expect(roleOn(shmyhal, '2025-07-21')?.title).toMatch(/Defence/)
    expect(roleOn(shmyhal, '2025-07-01')?.title).toMatch(/Prime Minister/)
    expect(statements.find((s) => s.id === 'st-shmyhal-funds-for-drones')?.speakerRole).toBe(
      'Defence Minister',
    )
  })

  it('keeps the channels: video message, X post, remarks to diplomats, online meeting', () => {
    const channels = new Set(statements.map((s) => s.channel))
    for (const c of ['video-message', 'social-media-post', 'remarks', 'online-meeting'] as const)
      expect(channels.has(c)).toBe(true)
    expect(statements.find((s) => s.id === 'st-zelensky-agenda-to-diplomats')?.audience).toBe(
      'diplomats in Kyiv',
    )
  })

  it('links statements to a talk, an aid request and an attack', () => {
    const kindOf = (id: string) => records.find((r) => r.id === id)?.kind
    const kinds = new Set(statements.flatMap((s) => s.aboutIds.map(kindOf)))
    expect(kinds).toEqual(new Set(['talk', 'aid', 'attack']))
  })
})

describe('case 9: names resolve to one gazetteer or dictionary entry', () => {
  it.each([
    ['Kiev', 'ua-kyiv'],
    ['Kyiv', 'ua-kyiv'],
    ['Kharkiv', 'ua-kharkiv'],
    ['Ivano-Frankivsk', 'ua-ivano-frankivsk'],
    ['Istanbul', 'tr-istanbul'],
    ['Moscow', 'ru-moscow'],
    ['Nizhny Novgorod', 'ru-nizhny-novgorod'],
  ])('place %s → %s, with coordinates', (name, id) => {
    expect(resolvePlace(name)).toBe(id)
    expect(placeById(id)?.coordinates).toBeDefined()
  })

  it.each([
    ['Umyerov', 'umerov'],
    ['Rustem Umyerov', 'umerov'],
    ['Umerov', 'umerov'],
    ['Zelensky', 'zelensky'],
    ['Jonas Gahr Støre', 'store'],
    ['TASS', 'tass'],
    ['Ministry of Defence in Moscow', 'ru-mod'],
    ['Rosaviatsiya', 'rosaviatsiya'],
  ])('actor %s → %s', (name, id) => {
    expect(resolveActor(name)).toBe(id)
  })

  it('refers only to places and actors the dictionaries hold', () => {
    const asserterIds = (a: Asserter | undefined) =>
      a === undefined
        ? []
        : a.type === 'actor'
          ? [a.actorId]
          : a.affiliationId
            ? [a.affiliationId]
            : []
    const actorIds = new Set<string>()
    const placeIds = new Set<string>()
    for (const r of records) {
      for (const c of r.claims) {
        for (const id of [
          ...asserterIds(c.assertedBy),
          ...asserterIds(c.citing),
          ...asserterIds(c.reportedBy),
        ])
          actorIds.add(id)
        if ('scope' in c.value && c.value.scope) placeIds.add(c.value.scope)
        if (c.fact === 'effect') for (const p of c.value.placeIds) placeIds.add(p)
      }
      if (r.kind === 'talk') {
        if (r.venueId) placeIds.add(r.venueId)
        for (const id of [
          ...r.partyIds,
          ...r.delegations.flatMap((d) => [d.partyId, d.headId ?? []].flat()),
        ])
          actorIds.add(id)
      }
      if (r.kind === 'aid')
        for (const id of [...r.donorIds, r.recipientId, ...(r.forum?.chairIds ?? [])])
          actorIds.add(id)
      if (r.kind === 'attack') {
        for (const id of [r.attackerId, r.targetId]) actorIds.add(id)
        for (const id of r.placeIds) placeIds.add(id)
      }
      if (r.kind === 'statement') for (const id of asserterIds(r.speaker)) actorIds.add(id)
    }
    expect([...actorIds].filter((id) => !actorById(id))).toEqual([])
    expect([...placeIds].filter((id) => !placeById(id))).toEqual([])
  })
})
