import { type Actor, actors, type Place, places } from '@sitrep/domain'

/** The slices of the gazetteer and actor dictionary the generator draws from. */
export interface World {
  ukrainianCities: readonly Place[]
  russianCities: readonly Place[]
  venues: readonly Place[]
  donors: readonly Actor[]
  ukrainianSpeakers: readonly Actor[]
  russianSpeakers: readonly Actor[]
  outlets: readonly Actor[]
}

const nonEmpty = <T>(items: readonly T[], what: string): readonly T[] => {
  if (items.length === 0) throw new Error(`the domain dictionaries have no ${what}`)
  return items
}

export const worldFromDictionaries = (): World => {
  const person = (stateId: string) =>
    actors.filter((a) => a.kind === 'person' && a.stateId === stateId)
  return {
    ukrainianCities: nonEmpty(
      places.filter((p) => p.kind === 'city' && p.country === 'UA'),
      'Ukrainian cities',
    ),
    russianCities: nonEmpty(
      places.filter((p) => p.kind === 'city' && p.country === 'RU'),
      'Russian cities',
    ),
    venues: nonEmpty(
      places.filter((p) => p.kind === 'city' && !['UA', 'RU'].includes(p.country)),
      'foreign cities',
    ),
    donors: nonEmpty(
      actors.filter((a) => a.kind === 'state' && !['ukraine', 'russia', 'belarus'].includes(a.id)),
      'donor states',
    ),
    ukrainianSpeakers: nonEmpty(person('ukraine'), 'Ukrainian people'),
    russianSpeakers: nonEmpty(person('russia'), 'Russian people'),
    outlets: nonEmpty(
      actors.filter((a) => a.kind === 'news-agency'),
      'news agencies',
    ),
  }
}
