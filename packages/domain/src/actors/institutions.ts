import type { Actor } from '../actor.ts'
import { memberOf } from './member-of.ts'

const ukrainian = memberOf('ukraine', 'ua')
const russian = memberOf('russia', 'ru')
const german = memberOf('germany', 'de')
const british = memberOf('united-kingdom', 'gb')
const american = memberOf('united-states', 'us')

export const institutions: Actor[] = [
  ukrainian('institution', {
    id: 'ua-presidential-office',
    name: 'Office of the President of Ukraine',
    aliases: ['Presidential Office of Ukraine', "Ukraine's presidential office", 'Bankova'],
  }),
  ukrainian('institution', {
    id: 'ua-cabinet',
    name: 'Cabinet of Ministers of Ukraine',
    aliases: ['Ukrainian government', 'Government of Ukraine', 'Кабінет Міністрів України'],
  }),
  ukrainian('institution', {
    id: 'ua-mod',
    name: 'Ministry of Defence of Ukraine',
    aliases: [
      'Ukrainian Ministry of Defence',
      'Ukrainian Defence Ministry',
      'Ukrainian Defense Ministry',
      'Ministry of Defense of Ukraine',
      'Міністерство оборони України',
    ],
  }),
  ukrainian('institution', {
    id: 'ua-mfa',
    name: 'Ministry of Foreign Affairs of Ukraine',
    aliases: ['Ukrainian Foreign Ministry', 'Ukrainian Ministry of Foreign Affairs'],
  }),
  ukrainian('institution', {
    id: 'ua-nsdc',
    name: 'National Security and Defence Council of Ukraine',
    aliases: ['NSDC', 'National Security and Defense Council of Ukraine', 'РНБО'],
  }),
  ukrainian('institution', {
    id: 'ua-gur',
    name: 'Defence Intelligence of Ukraine',
    aliases: ['HUR', 'GUR', 'Main Directorate of Intelligence', 'Ukrainian military intelligence'],
  }),
  ukrainian('armed-force', {
    id: 'ua-armed-forces',
    name: 'Armed Forces of Ukraine',
    aliases: ['Ukrainian Armed Forces', 'Ukrainian army', 'ZSU', 'ЗСУ'],
  }),
  ukrainian('armed-force', {
    id: 'ua-general-staff',
    name: 'General Staff of the Armed Forces of Ukraine',
    aliases: ['Ukrainian General Staff', "Ukraine's General Staff"],
  }),
  ukrainian('armed-force', {
    id: 'ua-air-force',
    name: 'Ukrainian Air Force',
    aliases: ['Air Force of Ukraine', 'Air Force of the Armed Forces of Ukraine', 'Повітряні сили'],
  }),
  russian('institution', {
    id: 'kremlin',
    name: 'Presidential Executive Office of Russia',
    // "Moscow" is left out on purpose: it names the city and, loosely, the whole state.
    aliases: ['Kremlin', 'Presidential Administration of Russia', 'Кремль'],
  }),
  russian('institution', {
    id: 'ru-mod',
    name: 'Ministry of Defence of the Russian Federation',
    aliases: [
      'Russian Ministry of Defence',
      'Ministry of Defence in Moscow',
      'Russian Defence Ministry',
      'Russian Defense Ministry',
      'Russian Ministry of Defense',
      'Russian MoD',
      'Минобороны России',
    ],
  }),
  russian('institution', {
    id: 'ru-mfa',
    name: 'Ministry of Foreign Affairs of the Russian Federation',
    aliases: ['Russian Foreign Ministry', 'Russian Ministry of Foreign Affairs', 'МИД России'],
  }),
  russian('institution', {
    id: 'ru-security-council',
    name: 'Security Council of the Russian Federation',
    aliases: ['Russian Security Council', 'Security Council of Russia'],
  }),
  russian('institution', {
    id: 'rosaviatsiya',
    name: 'Federal Air Transport Agency',
    aliases: ['Rosaviatsiya', 'Rosaviatsia', 'Russian aviation authority', 'Росавиация'],
  }),
  russian('armed-force', {
    id: 'ru-armed-forces',
    name: 'Armed Forces of the Russian Federation',
    aliases: ['Russian Armed Forces', 'Russian army', 'Russian military'],
  }),
  german('institution', {
    id: 'de-mod',
    name: 'Federal Ministry of Defence',
    aliases: ['German Defence Ministry', 'German Ministry of Defence', 'BMVg'],
  }),
  german('armed-force', {
    id: 'bundeswehr',
    name: 'Bundeswehr',
    aliases: ['German Armed Forces', 'German armed forces', 'German military'],
  }),
  british('institution', {
    id: 'uk-mod',
    name: 'Ministry of Defence of the United Kingdom',
    aliases: ['UK Ministry of Defence', 'British Ministry of Defence', 'British Defence Ministry'],
  }),
  american('institution', {
    id: 'us-state-department',
    name: 'United States Department of State',
    aliases: ['State Department', 'US State Department', 'U.S. State Department'],
  }),
  american('institution', {
    id: 'us-defense-department',
    name: 'United States Department of Defense',
    aliases: [
      'Pentagon',
      'US Department of Defense',
      'U.S. Department of Defense',
      'US Defense Department',
      'U.S. Defense Department',
      'Defense Department',
      // the US spelling: Britain has a Ministry of Defence, Australia a Department of Defence
      'Department of Defense',
      'Department of War',
      // the department's own short name in its releases and the reports that quote them
      'DoD',
      'DOD',
    ],
  }),
]
