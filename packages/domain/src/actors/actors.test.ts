import { describe, expect, it } from 'vitest'
import { roleOn } from '../actor.ts'
import { resolveActor } from '../aliases.ts'
import { placeById } from '../gazetteer/places.ts'
import { actorById, actors } from './index.ts'

const required = [
  'ukraine',
  'russia',
  'germany',
  'norway',
  'united-kingdom',
  'united-states',
  'zelensky',
  'umerov',
  'putin',
  'peskov',
  'shmyhal',
  'syrskyi',
  'martsinkiv',
  'merz',
  'store',
  'kremlin',
  'ru-mod',
  'ua-mod',
  'ua-armed-forces',
  'ru-armed-forces',
  'bundeswehr',
  'tass',
  'interfax-ukraine',
  'interfax',
  'ria-novosti',
  'ukrinform',
  'rosaviatsiya',
  'ua-air-force',
  'medinsky',
  'lavrov',
  'sybiha',
  'yermak',
  'budanov',
  'zaluzhnyi',
  'shoigu',
  'belousov',
  'gerasimov',
  'zakharova',
  'trump',
  'biden',
  'witkoff',
  'rubio',
  'erdogan',
  'fidan',
  'macron',
  'starmer',
  'scholz',
  'pistorius',
  'rutte',
  'von-der-leyen',
  'ukraine-defense-contact-group',
]

const title = (id: string, day: string) => {
  const actor = actorById(id)
  return actor ? roleOn(actor, day)?.title : undefined
}

describe('actor dictionary', () => {
  it('has every actor the seed and the extractor name', () => {
    for (const id of required) expect(actorById(id), id).toBeDefined()
  })

  it('gives every actor a unique id', () => {
    expect(new Set(actors.map((a) => a.id)).size).toBe(actors.length)
  })

  it('points every state, organisation and country reference at an entry', () => {
    for (const a of actors) {
      if (a.stateId) expect(actorById(a.stateId)?.kind, `${a.id} state`).toBe('state')
      if (a.countryId) expect(placeById(a.countryId)?.kind, `${a.id} country`).toBe('country')
      for (const r of a.roles) {
        if (r.organisationId) expect(actorById(r.organisationId), `${a.id} role`).toBeDefined()
      }
    }
  })

  it("recognises Russia's Ministry of Defence and TASS as speaking for Russia", () => {
    expect(actorById('ru-mod')?.stateId).toBe('russia')
    expect(actorById('tass')?.stateId).toBe('russia')
    expect(actorById('kremlin')?.stateId).toBe('russia')
    expect(actorById('interfax-ukraine')?.stateId).toBeUndefined()
  })

  it('shows Shmyhal as prime minister before July 2025 and defence minister after', () => {
    expect(title('shmyhal', '2025-06-01')).toBe('Prime Minister of Ukraine')
    expect(title('shmyhal', '2025-07-21')).toBe('Minister of Defence of Ukraine')
  })

  it('shows Umerov as security council secretary on the day of the seed article', () => {
    expect(title('umerov', '2024-01-01')).toBe('Minister of Defence of Ukraine')
    expect(title('umerov', '2025-07-21')).toBe(
      'Secretary of the National Security and Defence Council of Ukraine',
    )
  })

  it('shows Merz as chancellor after Scholz', () => {
    expect(title('merz', '2025-07-21')).toBe('Chancellor of Germany')
    expect(title('merz', '2025-01-01')).toBeUndefined()
    expect(title('scholz', '2025-01-01')).toBe('Chancellor of Germany')
  })

  it('has Svyrydenko as prime minister from 17 July 2025', () => {
    expect(title('svyrydenko', '2025-07-17')).toBe('Prime Minister of Ukraine')
  })

  it('names the Pentagon the way US and wire copy writes it', () => {
    for (const name of [
      'U.S. Defense Department',
      'Defense Department',
      'US Department of Defense',
      'Department of Defense',
    ])
      expect(resolveActor(name)).toBe('us-defense-department')
  })
})
