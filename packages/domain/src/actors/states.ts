import type { Actor } from '../actor.ts'

/**
 * A state; `countryId` is its gazetteer entry, left out for a donor the gazetteer does not hold
 * yet (it names the places records happen in, and these states host none so far).
 */
const state = (
  id: string,
  countryId: string | undefined,
  name: string,
  aliases: string[],
): Actor => ({
  id,
  kind: 'state',
  name,
  aliases,
  ...(countryId ? { countryId } : {}),
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
  // States that give Ukraine aid, named as donors in pledges and deliveries.
  state('sweden', undefined, 'Sweden', ['Kingdom of Sweden', 'Sverige']),
  state('denmark', undefined, 'Denmark', ['Kingdom of Denmark', 'Danmark']),
  state('finland', undefined, 'Finland', ['Republic of Finland', 'Suomi']),
  state('netherlands', 'nl', 'Netherlands', [
    'The Netherlands',
    'Kingdom of the Netherlands',
    'Holland',
  ]),
  state('belgium', 'be', 'Belgium', ['Kingdom of Belgium']),
  state('czechia', undefined, 'Czechia', ['Czech Republic']),
  state('lithuania', undefined, 'Lithuania', ['Republic of Lithuania', 'Lietuva']),
  state('latvia', undefined, 'Latvia', ['Republic of Latvia', 'Latvija']),
  state('estonia', undefined, 'Estonia', ['Republic of Estonia', 'Eesti']),
  state('spain', undefined, 'Spain', ['Kingdom of Spain', 'España']),
  state('italy', undefined, 'Italy', ['Italian Republic', 'Italia']),
  state('portugal', undefined, 'Portugal', ['Portuguese Republic']),
  state('canada', undefined, 'Canada', []),
  state('japan', undefined, 'Japan', []),
  state('australia', undefined, 'Australia', ['Commonwealth of Australia']),
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
  // Lenders and funds that give Ukraine money in their own name ("Kyiv received $1bn from the
  // World Bank"): without entries their loans and grants had no giver.
  {
    id: 'world-bank',
    kind: 'international-organisation',
    name: 'World Bank',
    aliases: ['World Bank Group', 'International Bank for Reconstruction and Development', 'IBRD'],
    roles: [],
  },
  {
    id: 'imf',
    kind: 'international-organisation',
    name: 'International Monetary Fund',
    aliases: ['IMF'],
    roles: [],
  },
  {
    id: 'eib',
    kind: 'international-organisation',
    name: 'European Investment Bank',
    aliases: ['EIB'],
    roles: [],
  },
  {
    id: 'ebrd',
    kind: 'international-organisation',
    name: 'European Bank for Reconstruction and Development',
    aliases: ['EBRD'],
    roles: [],
  },
  {
    // a forum, not an organisation, but named as the giver of the loans it backs ("the G7's
    // $50 billion ERA loans")
    id: 'g7',
    kind: 'international-organisation',
    name: 'G7',
    aliases: ['Group of Seven', 'G-7'],
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
