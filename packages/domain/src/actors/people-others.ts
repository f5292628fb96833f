import type { Actor } from '../actor.ts'
import { memberOf } from './member-of.ts'

const german = memberOf('germany', 'de')
const american = memberOf('united-states', 'us')
const british = memberOf('united-kingdom', 'gb')
const turkish = memberOf('turkey', 'tr')

export const otherPeople: Actor[] = [
  german('person', {
    id: 'merz',
    name: 'Friedrich Merz',
    aliases: ['Merz'],
    roles: [{ title: 'Chancellor of Germany', organisationId: 'germany', from: '2025-05-06' }],
  }),
  german('person', {
    id: 'scholz',
    name: 'Olaf Scholz',
    aliases: ['Scholz'],
    roles: [
      {
        title: 'Chancellor of Germany',
        organisationId: 'germany',
        from: '2021-12-08',
        to: '2025-05-06',
      },
    ],
  }),
  german('person', {
    id: 'pistorius',
    name: 'Boris Pistorius',
    aliases: ['Pistorius'],
    roles: [
      {
        title: 'Federal Minister of Defence of Germany',
        organisationId: 'de-mod',
        from: '2023-01-19',
      },
    ],
  }),
  memberOf('norway', 'no')('person', {
    id: 'store',
    name: 'Jonas Gahr Støre',
    aliases: ['Støre', 'Store', 'Stoere', 'Jonas Gahr Store', 'Jonas Gahr Stoere'],
    roles: [{ title: 'Prime Minister of Norway', organisationId: 'norway', from: '2021-10-14' }],
  }),
  british('person', {
    id: 'starmer',
    name: 'Keir Starmer',
    aliases: ['Starmer', 'Sir Keir Starmer'],
    roles: [
      {
        title: 'Prime Minister of the United Kingdom',
        organisationId: 'united-kingdom',
        from: '2024-07-05',
      },
    ],
  }),
  british('person', {
    id: 'healey',
    name: 'John Healey',
    aliases: ['Healey'],
    roles: [
      { title: 'Secretary of State for Defence', organisationId: 'uk-mod', from: '2024-07-05' },
    ],
  }),
  american('person', {
    id: 'trump',
    name: 'Donald Trump',
    aliases: ['Trump', 'Donald J. Trump', 'Трамп'],
    roles: [
      {
        title: 'President of the United States',
        organisationId: 'united-states',
        from: '2017-01-20',
        to: '2021-01-20',
      },
      {
        title: 'President of the United States',
        organisationId: 'united-states',
        from: '2025-01-20',
      },
    ],
  }),
  american('person', {
    id: 'biden',
    name: 'Joe Biden',
    aliases: ['Biden', 'Joseph Biden', 'Joseph R. Biden'],
    roles: [
      {
        title: 'Vice President of the United States',
        organisationId: 'united-states',
        from: '2009-01-20',
        to: '2017-01-20',
      },
      {
        title: 'President of the United States',
        organisationId: 'united-states',
        from: '2021-01-20',
        to: '2025-01-20',
      },
    ],
  }),
  american('person', {
    id: 'witkoff',
    name: 'Steve Witkoff',
    aliases: ['Witkoff', 'Steven Witkoff', 'Уиткофф'],
    roles: [
      {
        title: 'US Special Envoy to the Middle East',
        organisationId: 'united-states',
        from: '2025-01-20',
      },
    ],
  }),
  american('person', {
    id: 'rubio',
    name: 'Marco Rubio',
    aliases: ['Rubio'],
    roles: [
      { title: 'US Secretary of State', organisationId: 'us-state-department', from: '2025-01-21' },
      {
        title: 'US National Security Advisor (acting)',
        organisationId: 'united-states',
        from: '2025-05-01',
      },
    ],
  }),
  american('person', {
    id: 'vance',
    name: 'JD Vance',
    aliases: ['Vance', 'J.D. Vance', 'James David Vance'],
    roles: [
      {
        title: 'Vice President of the United States',
        organisationId: 'united-states',
        from: '2025-01-20',
      },
    ],
  }),
  american('person', {
    id: 'waltz',
    name: 'Mike Waltz',
    aliases: ['Waltz', 'Michael Waltz'],
    roles: [
      {
        title: 'US National Security Advisor',
        organisationId: 'united-states',
        from: '2025-01-20',
        to: '2025-05-01',
      },
    ],
  }),
  // Trump's envoys at the talks of 2025-26: no post with a certain first day is recorded
  american('person', { id: 'kushner', name: 'Jared Kushner', aliases: ['Kushner'] }),
  american('person', { id: 'kellogg', name: 'Keith Kellogg', aliases: ['Kellogg'] }),
  american('person', {
    id: 'hegseth',
    name: 'Pete Hegseth',
    aliases: ['Hegseth'],
    roles: [
      {
        title: 'US Secretary of Defense',
        organisationId: 'us-defense-department',
        from: '2025-01-25',
      },
    ],
  }),
  turkish('person', {
    id: 'erdogan',
    name: 'Recep Tayyip Erdoğan',
    aliases: ['Erdoğan', 'Erdogan', 'Recep Tayyip Erdogan', 'Эрдоган'],
    roles: [
      {
        title: 'Prime Minister of Turkey',
        organisationId: 'turkey',
        from: '2003-03-14',
        to: '2014-08-28',
      },
      { title: 'President of Turkey', organisationId: 'turkey', from: '2014-08-28' },
    ],
  }),
  turkish('person', {
    id: 'fidan',
    name: 'Hakan Fidan',
    aliases: ['Fidan'],
    roles: [
      {
        title: 'Minister of Foreign Affairs of Turkey',
        organisationId: 'turkey',
        from: '2023-06-04',
      },
    ],
  }),
  memberOf('france', 'fr')('person', {
    id: 'macron',
    name: 'Emmanuel Macron',
    aliases: ['Macron', 'Макрон'],
    roles: [{ title: 'President of France', organisationId: 'france', from: '2017-05-14' }],
  }),
  memberOf('poland', 'pl')('person', {
    id: 'tusk',
    name: 'Donald Tusk',
    aliases: ['Tusk'],
    roles: [{ title: 'Prime Minister of Poland', organisationId: 'poland', from: '2023-12-13' }],
  }),
  memberOf('belarus', 'by')('person', {
    id: 'lukashenko',
    name: 'Alexander Lukashenko',
    aliases: ['Lukashenko', 'Aliaksandr Lukashenka', 'Лукашенко'],
    roles: [{ title: 'President of Belarus', organisationId: 'belarus', from: '1994-07-20' }],
  }),
  {
    id: 'rutte',
    kind: 'person',
    name: 'Mark Rutte',
    aliases: ['Rutte'],
    countryId: 'nl',
    roles: [
      { title: 'Prime Minister of the Netherlands', from: '2010-10-14', to: '2024-07-02' },
      { title: 'Secretary General of NATO', organisationId: 'nato', from: '2024-10-01' },
    ],
  },
  {
    id: 'von-der-leyen',
    kind: 'person',
    name: 'Ursula von der Leyen',
    aliases: ['von der Leyen', 'Von der Leyen'],
    countryId: 'de',
    roles: [
      {
        title: 'Federal Minister of Defence of Germany',
        organisationId: 'de-mod',
        from: '2013-12-17',
        to: '2019-07-17',
      },
      {
        title: 'President of the European Commission',
        organisationId: 'european-commission',
        from: '2019-12-01',
      },
    ],
  },
]
