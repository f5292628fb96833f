import type { Actor } from '../actor.ts'

const state = (id: string, countryId: string, name: string, aliases: string[]): Actor => ({
  id,
  kind: 'state',
  name,
  aliases,
  countryId,
  // A state speaks for itself, so `stateId` answers "whose claim is this?" for it too.
  stateId: id,
  roles: [],
})

export const states: Actor[] = [
  state('ukraine', 'ua', 'Ukraine', ['Kyiv government', 'Україна', 'Украина']),
  state('russia', 'ru', 'Russia', ['Russian Federation', 'Россия', 'Росія']),
  state('germany', 'de', 'Germany', ['Federal Republic of Germany', 'Deutschland']),
  state('norway', 'no', 'Norway', ['Kingdom of Norway', 'Norge']),
  state('united-kingdom', 'gb', 'United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain']),
  state('united-states', 'us', 'United States', [
    'US',
    'U.S.',
    'USA',
    'United States of America',
    'America',
  ]),
  state('turkey', 'tr', 'Turkey', ['Türkiye', 'Turkiye']),
  state('france', 'fr', 'France', ['French Republic']),
  state('poland', 'pl', 'Poland', ['Polska']),
  state('belarus', 'by', 'Belarus', ['Беларусь', 'Білорусь']),
  state('saudi-arabia', 'sa', 'Saudi Arabia', ['Kingdom of Saudi Arabia']),
  state('united-arab-emirates', 'ae', 'United Arab Emirates', ['UAE', 'Emirates']),
  state('switzerland', 'ch', 'Switzerland', ['Swiss Confederation']),
]

export const internationalOrganisations: Actor[] = [
  {
    id: 'nato',
    kind: 'international-organisation',
    name: 'NATO',
    aliases: ['North Atlantic Treaty Organization', 'North Atlantic Alliance', 'НАТО'],
    roles: [],
  },
  {
    id: 'european-union',
    kind: 'international-organisation',
    name: 'European Union',
    aliases: ['EU', 'E.U.'],
    roles: [],
  },
  {
    id: 'european-commission',
    kind: 'international-organisation',
    name: 'European Commission',
    aliases: ['EU Commission', 'Commission of the European Union'],
    roles: [],
  },
  {
    // A forum of some 50 states rather than an organisation, but it is named as a party to
    // pledges ("the 29th Ramstein-format meeting"), so it needs an entry.
    id: 'ukraine-defense-contact-group',
    kind: 'international-organisation',
    name: 'Ukraine Defense Contact Group',
    aliases: [
      'Ukraine Defence Contact Group',
      'UDCG',
      'Ramstein format',
      'Ramstein group',
      'Ramstein-format meeting',
    ],
    roles: [],
  },
]
