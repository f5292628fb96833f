import type { Actor } from '../actor.ts'
import { memberOf } from './member-of.ts'

const ukrainian = memberOf('ukraine', 'ua')

/** Ukrainian officials; how role dates are chosen is said in ./actors.ts. */
export const ukrainianPeople: Actor[] = [
  ukrainian('person', {
    id: 'zelensky',
    name: 'Volodymyr Zelensky',
    aliases: [
      'Zelensky',
      'Zelenskyy',
      'Zelenskiy',
      'Zelenskyi',
      'Volodymyr Zelenskyy',
      'Зеленський',
      'Зеленский',
    ],
    roles: [{ title: 'President of Ukraine', organisationId: 'ukraine', from: '2019-05-20' }],
  }),
  ukrainian('person', {
    id: 'umerov',
    name: 'Rustem Umerov',
    aliases: [
      'Umerov',
      'Umyerov',
      'Rustem Umyerov',
      'Umierov',
      'Rustem Umierov',
      'Умєров',
      'Умеров',
    ],
    roles: [
      {
        title: 'Minister of Defence of Ukraine',
        organisationId: 'ua-mod',
        from: '2023-09-06',
        to: '2025-07-17',
      },
      {
        title: 'Head of the Ukrainian delegation at the Istanbul talks',
        organisationId: 'ukraine',
        from: '2025-05-16',
      },
      {
        title: 'Secretary of the National Security and Defence Council of Ukraine',
        organisationId: 'ua-nsdc',
        from: '2025-07-17',
      },
    ],
  }),
  ukrainian('person', {
    id: 'shmyhal',
    name: 'Denys Shmyhal',
    aliases: ['Shmyhal', 'Shmygal', 'Шмигаль', 'Шмыгаль'],
    roles: [
      {
        title: 'Prime Minister of Ukraine',
        organisationId: 'ua-cabinet',
        from: '2020-03-04',
        to: '2025-07-16',
      },
      { title: 'Minister of Defence of Ukraine', organisationId: 'ua-mod', from: '2025-07-17' },
    ],
  }),
  ukrainian('person', {
    id: 'svyrydenko',
    name: 'Yulia Svyrydenko',
    aliases: ['Svyrydenko', 'Sviridenko', 'Свириденко'],
    roles: [
      { title: 'Prime Minister of Ukraine', organisationId: 'ua-cabinet', from: '2025-07-17' },
    ],
  }),
  ukrainian('person', {
    id: 'syrskyi',
    name: 'Oleksandr Syrskyi',
    aliases: ['Syrskyi', 'Syrsky', 'Syrskiy', 'Oleksandr Syrsky', 'Сирський', 'Сырский'],
    roles: [
      {
        title: 'Commander-in-Chief of the Armed Forces of Ukraine',
        organisationId: 'ua-armed-forces',
        from: '2024-02-08',
      },
    ],
  }),
  ukrainian('person', {
    id: 'zaluzhnyi',
    name: 'Valerii Zaluzhnyi',
    aliases: ['Zaluzhnyi', 'Zaluzhny', 'Zaluzhniy', 'Valery Zaluzhny', 'Залужний', 'Залужный'],
    roles: [
      {
        title: 'Commander-in-Chief of the Armed Forces of Ukraine',
        organisationId: 'ua-armed-forces',
        from: '2021-07-27',
        to: '2024-02-08',
      },
      {
        title: 'Ambassador of Ukraine to the United Kingdom',
        organisationId: 'ua-mfa',
        from: '2024-05-09',
      },
    ],
  }),
  ukrainian('person', {
    id: 'yermak',
    name: 'Andriy Yermak',
    aliases: ['Yermak', 'Andrii Yermak', 'Andriy Iermak', 'Єрмак', 'Ермак'],
    roles: [
      {
        title: 'Head of the Office of the President of Ukraine',
        organisationId: 'ua-presidential-office',
        from: '2020-02-11',
        to: '2025-11-28',
      },
    ],
  }),
  ukrainian('person', {
    id: 'budanov',
    name: 'Kyrylo Budanov',
    aliases: ['Budanov', 'Kirill Budanov', 'Буданов'],
    roles: [
      {
        title: 'Chief of Defence Intelligence of Ukraine',
        organisationId: 'ua-gur',
        from: '2020-08-05',
      },
    ],
  }),
  ukrainian('person', {
    id: 'sybiha',
    name: 'Andrii Sybiha',
    aliases: ['Sybiha', 'Andriy Sybiha', 'Sybiga', 'Сибіга', 'Сибига'],
    roles: [
      {
        title: 'Minister of Foreign Affairs of Ukraine',
        organisationId: 'ua-mfa',
        from: '2024-09-05',
      },
    ],
  }),
  ukrainian('person', {
    id: 'kuleba',
    name: 'Dmytro Kuleba',
    aliases: ['Kuleba', 'Dmitry Kuleba', 'Кулеба'],
    roles: [
      {
        title: 'Minister of Foreign Affairs of Ukraine',
        organisationId: 'ua-mfa',
        from: '2020-03-04',
        to: '2024-09-05',
      },
    ],
  }),
  ukrainian('person', {
    id: 'reznikov',
    name: 'Oleksii Reznikov',
    aliases: ['Reznikov', 'Oleksiy Reznikov', 'Резніков'],
    roles: [
      {
        title: 'Minister of Defence of Ukraine',
        organisationId: 'ua-mod',
        from: '2021-11-04',
        to: '2023-09-05',
      },
    ],
  }),
  ukrainian('person', {
    id: 'martsinkiv',
    name: 'Ruslan Martsinkiv',
    aliases: ['Martsinkiv', 'Марцінків'],
    // Mayor of Ivano-Frankivsk since 2015; the exact day of taking office is not recorded
    // here, and the schema wants a day, so the role is left out rather than guessed.
    roles: [],
  }),
]
