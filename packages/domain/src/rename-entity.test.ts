import { describe, expect, it } from 'vitest'
import type { Aid } from './aid.ts'
import type { Attack } from './attack.ts'
import { SitrepRecord } from './record.ts'
import { renameEntity } from './rename-entity.ts'
import { germanPatriotPledge, weaponsProductionRequest } from './seed/aid.ts'
import { russianDroneWave } from './seed/attacks.ts'
import { statements } from './seed/statements.ts'
import { julyRound } from './seed/talks.ts'

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json }

/** The paths of the leaves that differ, such as `claims.0.assertedBy.actorId`. */
const changedPaths = (before: Json, after: Json, path = ''): string[] => {
  if (typeof before !== 'object' || before === null || typeof after !== 'object' || after === null)
    return before === after ? [] : [path]
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...keys].flatMap((key) => {
    const at = (value: Json): Json =>
      Array.isArray(value) ? value[Number(key)] : (value as { [k: string]: Json })[key]
    return changedPaths(at(before), at(after), path ? `${path}.${key}` : key)
  })
}
const json = (value: unknown): Json => JSON.parse(JSON.stringify(value))
const changed = (before: SitrepRecord, after: SitrepRecord) =>
  changedPaths(json(before), json(after))

// biome-ignore lint/style/noNonNullAssertion: the seed holds this statement
const zelenskyCitingUmerov = statements.find((s) => s.id === 'st-zelensky-next-round-wednesday')!

describe('renameEntity', () => {
  it('moves a talk’s parties, delegation heads and the actors in its evidence', () => {
    const talk = renameEntity(julyRound, { type: 'actor', from: 'umerov', to: 'new-umerov' })
    expect(talk.delegations[0]).toEqual({ partyId: 'ukraine', headId: 'new-umerov' })
    const cited = talk.claims.filter((c) => c.citing?.type === 'actor')
    expect(cited.length).toBeGreaterThan(0)
    expect(
      cited.every((c) => c.citing?.type === 'actor' && c.citing.actorId === 'new-umerov'),
    ).toBe(true)
    expect(changed(julyRound, talk).every((p) => /\.(headId|actorId)$/.test(p))).toBe(true)

    const parties = renameEntity(julyRound, { type: 'actor', from: 'russia', to: 'kremlin' })
    expect(parties.partyIds).toEqual(['ukraine', 'kremlin'])
    expect(parties.delegations[1]).toEqual({ partyId: 'kremlin' })
    expect(SitrepRecord.safeParse(parties).success).toBe(true)
  })

  it('moves a talk’s venue when the rename is of a place', () => {
    const talk = renameEntity(julyRound, { type: 'place', from: 'tr-istanbul', to: 'tr-ankara' })
    expect(changed(julyRound, talk)).toEqual(['venueId'])
    expect(talk.venueId).toBe('tr-ankara')
  })

  it('moves an aid record’s donors, recipient, forum chairs and unnamed speakers’ affiliation', () => {
    const before: Aid = { ...weaponsProductionRequest, donorIds: ['germany', 'norway'] }
    const renamed = renameEntity(before, { type: 'actor', from: 'germany', to: 'de' })
    expect(renamed.donorIds).toEqual(['de', 'norway'])
    expect(renamed.forum?.chairIds).toEqual(['de', 'united-kingdom'])
    const recipient = renameEntity(before, { type: 'actor', from: 'ukraine', to: 'ua-state' })
    expect(recipient.recipientId).toBe('ua-state')
    const kyivOfficials = recipient.claims.find((c) => c.id === 'a1-money')?.assertedBy
    expect(kyivOfficials).toEqual({
      type: 'unnamed',
      description: 'Officials in Kiev',
      affiliationId: 'ua-state',
    })
    expect(SitrepRecord.safeParse(recipient).success).toBe(true)
  })

  it('moves the scope of an aid record’s attendance and item quantities', () => {
    const scoped: Aid = {
      ...germanPatriotPledge,
      claims: germanPatriotPledge.claims.map((c) =>
        c.fact === 'item' && c.value.quantity
          ? { ...c, value: { ...c.value, quantity: { ...c.value.quantity, scope: 'new-x' } } }
          : c,
      ),
    }
    const renamed = renameEntity(scoped, { type: 'place', from: 'new-x', to: 'ua' })
    const scopes = renamed.claims.flatMap((c) =>
      c.fact === 'item' ? [c.value.quantity?.scope] : [],
    )
    expect(scopes).toEqual(['ua', 'ua'])
    const attendance = renameEntity(
      {
        ...weaponsProductionRequest,
        claims: weaponsProductionRequest.claims.map((c) =>
          c.fact === 'attendance' ? { ...c, value: { ...c.value, scope: 'new-x' } } : c,
        ),
      },
      { type: 'place', from: 'new-x', to: 'ua' },
    )
    expect(
      attendance.claims.flatMap((c) => (c.fact === 'attendance' ? [c.value.scope] : [])),
    ).toEqual(['ua'])
    expect(SitrepRecord.safeParse(renamed).success).toBe(true)
  })

  it('moves an attack’s places, count scopes and effect places, keeping a merged place once', () => {
    const attack = renameEntity(russianDroneWave, {
      type: 'place',
      from: 'ua-kyiv-oblast',
      to: 'ua-kyiv',
    })
    expect(attack.placeIds).toEqual(['ua-kyiv', 'ua-kharkiv', 'ua-ivano-frankivsk'])
    const effect = attack.claims.find((c) => c.fact === 'effect' && c.value.type === 'damage')
    expect(effect?.fact === 'effect' && effect.value.placeIds).toEqual(attack.placeIds)
    const scoped = renameEntity(russianDroneWave, { type: 'place', from: 'ua', to: 'ua-country' })
    expect(
      scoped.claims.flatMap((c) =>
        c.fact === 'killed' || c.fact === 'injured' ? [c.value.scope] : [],
      ),
    ).toEqual(['ua-kyiv', 'ua-kyiv', 'ua-country', 'ua-country'])
    expect(SitrepRecord.safeParse(attack).success).toBe(true)
    expect(SitrepRecord.safeParse(scoped).success).toBe(true)
  })

  it('moves an attack’s attacker and target, and the scope of an effect’s duration', () => {
    const lasting: Attack = {
      ...russianDroneWave,
      claims: russianDroneWave.claims.map((c) =>
        c.fact === 'effect'
          ? {
              ...c,
              value: {
                ...c.value,
                duration: {
                  raw: 'for hours',
                  hours: { qualifier: 'exact', value: 3, scope: 'ua' },
                },
              },
            }
          : c,
      ),
    }
    const attacker = renameEntity(lasting, { type: 'actor', from: 'russia', to: 'ru-armed-forces' })
    expect(attacker.attackerId).toBe('ru-armed-forces')
    expect(changed(lasting, attacker)).toEqual(['attackerId'])
    const target = renameEntity(lasting, { type: 'actor', from: 'ukraine', to: 'ua-state' })
    expect(target.targetId).toBe('ua-state')
    const hours = renameEntity(lasting, { type: 'place', from: 'ua', to: 'ua-country' })
    expect(
      hours.claims.flatMap((c) => (c.fact === 'effect' ? [c.value.duration?.hours?.scope] : [])),
    ).toEqual(['ua-country', 'ua-country'])
    expect(SitrepRecord.safeParse(hours).success).toBe(true)
  })

  it('moves a statement’s speaker and the actors its evidence cites, not the records it is about', () => {
    const renamed = renameEntity(zelenskyCitingUmerov, {
      type: 'actor',
      from: 'zelensky',
      to: 'ua-presidential-office',
    })
    expect(renamed.speaker).toEqual({ type: 'actor', actorId: 'ua-presidential-office' })
    expect(renamed.claims[0]?.assertedBy).toEqual(renamed.speaker)
    expect(renamed.claims[0]?.citing).toEqual({ type: 'actor', actorId: 'umerov' })
    expect(changed(zelenskyCitingUmerov, renamed)).toEqual([
      'speaker.actorId',
      'claims.0.assertedBy.actorId',
    ])
    const about = renameEntity(zelenskyCitingUmerov, {
      type: 'actor',
      from: julyRound.id,
      to: 'talk-elsewhere',
    })
    expect(about).toEqual(zelenskyCitingUmerov)
    expect(SitrepRecord.safeParse(renamed).success).toBe(true)
  })

  it('moves the outlet that reported an unnamed source', () => {
    const tassSource = statements.find((s) => s.id === 'st-tass-source-thursday')
    if (!tassSource) throw new Error('the seed holds the TASS statement')
    const renamed = renameEntity(tassSource, { type: 'actor', from: 'tass', to: 'ria-novosti' })
    expect(changed(tassSource, renamed)).toEqual(['claims.0.reportedBy.actorId'])
  })

  it('never changes the source’s words, even words that spell the id', () => {
    const wordy: Attack = {
      ...russianDroneWave,
      title: 'ua-kyiv',
      summary: 'ua-kyiv',
      weapons: [{ type: 'drone', model: 'ua-kyiv' }],
      claims: russianDroneWave.claims.map((c) =>
        c.fact === 'killed'
          ? {
              ...c,
              quote: 'ua-kyiv',
              note: 'ua-kyiv',
              value: { ...c.value, subject: 'ua-kyiv', raw: 'ua-kyiv' },
            }
          : c.fact === 'effect'
            ? { ...c, value: { ...c.value, description: 'ua-kyiv' } }
            : c,
      ),
    }
    const renamed = renameEntity(wordy, { type: 'place', from: 'ua-kyiv', to: 'ua-kyiv-city' })
    expect(changed(wordy, renamed).every((p) => /(placeIds\.\d+|scope)$/.test(p))).toBe(true)
    expect(renamed.title).toBe('ua-kyiv')
    const killed = renamed.claims.find((c) => c.fact === 'killed')
    expect(killed?.quote).toBe('ua-kyiv')
    expect(killed?.fact === 'killed' && killed.value).toMatchObject({
      subject: 'ua-kyiv',
      raw: 'ua-kyiv',
      scope: 'ua-kyiv-city',
    })
  })

  it('leaves a record that does not link to the id unchanged', () => {
    for (const record of [julyRound, weaponsProductionRequest, russianDroneWave, ...statements]) {
      expect(renameEntity(record, { type: 'actor', from: 'new-nobody', to: 'zelensky' })).toEqual(
        record,
      )
      expect(renameEntity(record, { type: 'place', from: 'new-nowhere', to: 'ua-kyiv' })).toEqual(
        record,
      )
    }
  })

  it('renames only links of the given type: the place "ua" is not the actor "ua"', () => {
    expect(renameEntity(russianDroneWave, { type: 'actor', from: 'ua', to: 'ukraine' })).toEqual(
      russianDroneWave,
    )
    expect(renameEntity(julyRound, { type: 'place', from: 'ukraine', to: 'ua' })).toEqual(julyRound)
  })

  it('leaves a talk whose two parties become one for the schema to refuse', () => {
    const one = renameEntity(julyRound, { type: 'actor', from: 'russia', to: 'ukraine' })
    expect(one.partyIds).toEqual(['ukraine'])
    expect(SitrepRecord.safeParse(one).success).toBe(false)
  })
})
