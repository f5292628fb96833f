import type { Actor } from '../actor.ts'
import { memberOf } from './member-of.ts'

const russian = memberOf('russia', 'ru')

export const russianPeople: Actor[] = [
  russian('person', {
    id: 'putin',
    name: 'Vladimir Putin',
    aliases: ['Putin', 'Vladimir Vladimirovich Putin', 'Путін', 'Путин'],
    roles: [
      {
        title: 'President of Russia',
        organisationId: 'russia',
        from: '2000-05-07',
        to: '2008-05-07',
      },
      {
        title: 'Prime Minister of Russia',
        organisationId: 'russia',
        from: '2008-05-08',
        to: '2012-05-07',
      },
      { title: 'President of Russia', organisationId: 'russia', from: '2012-05-07' },
    ],
  }),
  russian('person', {
    id: 'peskov',
    name: 'Dmitry Peskov',
    aliases: ['Peskov', 'Dmitri Peskov', 'Пєсков', 'Песков'],
    roles: [{ title: 'Kremlin spokesman', organisationId: 'kremlin', from: '2012-05-22' }],
  }),
  russian('person', {
    id: 'lavrov',
    name: 'Sergei Lavrov',
    aliases: ['Lavrov', 'Sergey Lavrov', 'Лавров'],
    roles: [
      {
        title: 'Minister of Foreign Affairs of Russia',
        organisationId: 'ru-mfa',
        from: '2004-03-09',
      },
    ],
  }),
  russian('person', {
    id: 'zakharova',
    name: 'Maria Zakharova',
    aliases: ['Zakharova', 'Mariya Zakharova', 'Захарова'],
    roles: [
      {
        title: 'Spokeswoman of the Russian Foreign Ministry',
        organisationId: 'ru-mfa',
        from: '2015-08-10',
      },
    ],
  }),
  russian('person', {
    id: 'medinsky',
    name: 'Vladimir Medinsky',
    aliases: ['Medinsky', 'Medinskiy', 'Мединский'],
    roles: [
      {
        title: 'Minister of Culture of Russia',
        organisationId: 'russia',
        from: '2012-05-21',
        to: '2020-01-21',
      },
      {
        title: 'Head of the Russian delegation at the Istanbul talks',
        organisationId: 'russia',
        from: '2025-05-16',
      },
    ],
  }),
  russian('person', {
    id: 'shoigu',
    name: 'Sergei Shoigu',
    aliases: ['Shoigu', 'Sergey Shoygu', 'Шойгу'],
    roles: [
      {
        title: 'Minister of Defence of Russia',
        organisationId: 'ru-mod',
        from: '2012-11-06',
        to: '2024-05-12',
      },
      {
        title: 'Secretary of the Security Council of Russia',
        organisationId: 'ru-security-council',
        from: '2024-05-12',
      },
    ],
  }),
  russian('person', {
    id: 'belousov',
    name: 'Andrei Belousov',
    aliases: ['Belousov', 'Andrey Belousov', 'Белоусов'],
    roles: [
      {
        title: 'First Deputy Prime Minister of Russia',
        organisationId: 'russia',
        from: '2020-01-21',
        to: '2024-05-14',
      },
      { title: 'Minister of Defence of Russia', organisationId: 'ru-mod', from: '2024-05-14' },
    ],
  }),
  russian('person', {
    id: 'gerasimov',
    name: 'Valery Gerasimov',
    aliases: ['Gerasimov', 'Valeriy Gerasimov', 'Герасимов'],
    roles: [
      {
        title: 'Chief of the General Staff of the Russian Armed Forces',
        organisationId: 'ru-armed-forces',
        from: '2012-11-09',
      },
    ],
  }),
  // the negotiators of 2025-26 who meet US envoys; Dmitriev's envoy post has no day known for
  // certain, so no role is recorded for him
  russian('person', {
    id: 'ushakov',
    name: 'Yuri Ushakov',
    aliases: ['Ushakov', 'Yury Ushakov', 'Ушаков'],
    roles: [
      { title: 'Aide to the President of Russia', organisationId: 'kremlin', from: '2012-05-21' },
    ],
  }),
  russian('person', {
    id: 'dmitriev',
    name: 'Kirill Dmitriev',
    aliases: ['Dmitriev', 'Kirill Dmitriyev', 'Дмитриев'],
  }),
]
