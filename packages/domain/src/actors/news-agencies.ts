import type { Actor } from '../actor.ts'

const agency = (entry: Omit<Actor, 'kind' | 'roles'>): Actor => ({
  ...entry,
  kind: 'news-agency',
  roles: [],
})

/**
 * Agencies are sources, not speakers; `stateId` is set only for state-owned agencies, whose
 * reports on the war carry their owner's side.
 */
export const newsAgencies: Actor[] = [
  agency({
    id: 'tass',
    name: 'TASS',
    aliases: ['Russian News Agency TASS', 'ITAR-TASS', 'ТАСС'],
    countryId: 'ru',
    stateId: 'russia',
  }),
  agency({
    id: 'ria-novosti',
    name: 'RIA Novosti',
    aliases: ['RIA', 'РИА Новости'],
    countryId: 'ru',
    stateId: 'russia',
  }),
  agency({ id: 'interfax', name: 'Interfax', aliases: ['Интерфакс'], countryId: 'ru' }),
  agency({
    id: 'interfax-ukraine',
    name: 'Interfax-Ukraine',
    aliases: ['Interfax Ukraine', 'Інтерфакс-Україна'],
    countryId: 'ua',
  }),
  agency({
    id: 'ukrinform',
    name: 'Ukrinform',
    aliases: ['Укрінформ'],
    countryId: 'ua',
    stateId: 'ukraine',
  }),
  agency({ id: 'reuters', name: 'Reuters', aliases: [], countryId: 'gb' }),
  agency({ id: 'associated-press', name: 'Associated Press', aliases: ['AP'], countryId: 'us' }),
  agency({ id: 'afp', name: 'Agence France-Presse', aliases: ['AFP'], countryId: 'fr' }),
  agency({ id: 'dpa', name: 'Deutsche Presse-Agentur', aliases: ['dpa'], countryId: 'de' }),
]
