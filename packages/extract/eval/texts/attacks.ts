import type { EvalText } from './types.ts'

/** Strikes on other cities, other weapons, a corrected toll, unknown officials. */
export const attackTexts: readonly EvalText[] = [
  {
    id: 'odesa-missiles-correction',
    publishedAt: '2025-08-04',
    text: 'Russian missile strike on Odesa kills three\nThree people were killed and 12 injured when Russian missiles hit the port city of Odesa on Sunday, regional governor Oleh Kiper said. Kiper later revised the toll, saying at least four people had died. The strike damaged port infrastructure and a residential building, he wrote on Telegram.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-odesa',
          'weapon=missile',
          'date=2025-08-03..2025-08-03/day@new-oleh-kiper',
          'killed=exact 3 scope=ua-odesa@new-oleh-kiper',
          'injured=exact 12 scope=ua-odesa@new-oleh-kiper',
          'killed=at-least 4 scope=ua-odesa@new-oleh-kiper',
          'effect=damage ua-odesa@new-oleh-kiper',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-kiper',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleh-kiper',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-kiper',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleh-kiper',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-kiper',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleh-kiper',
        ],
      },
    ],
  },
  {
    id: 'kharkiv-glide-bomb-air-force',
    publishedAt: '2025-09-15',
    text: 'Ukraine’s air force said on Monday that Russia had launched 58 drones and four missiles overnight, of which 49 drones were shot down. In Kharkiv, two people were injured after a glide bomb hit an apartment block, Mayor Ihor Terekhov said.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kharkiv',
          'weapon=drone',
          'weapon=missile',
          'weapon=glide-bomb',
          'date=2025-09-14..2025-09-15/night@ua-air-force',
          'launched=exact 58 scope=-@ua-air-force',
          'launched=exact 4 scope=-@ua-air-force',
          'intercepted=exact 49 scope=-@ua-air-force',
          'injured=exact 2 scope=ua-kharkiv@new-ihor-terekhov',
          'effect=damage ua-kharkiv@new-ihor-terekhov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ua-air-force',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2025-09-15..2025-09-15/day@ua-air-force',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ihor-terekhov',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-ihor-terekhov',
        ],
      },
    ],
  },
  {
    id: 'drones-over-russian-regions',
    publishedAt: '2025-08-18',
    text: 'Russia’s Defence Ministry said its air defences destroyed 46 Ukrainian drones over the Bryansk, Kursk and Belgorod regions overnight. In Kursk, a drone struck a power substation, leaving several districts without electricity, the regional governor said. One civilian was killed in Belgorod, according to local authorities.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-kursk',
          'place=ru-belgorod',
          'weapon=drone',
          'date=2025-08-17..2025-08-18/night@ru-mod',
          'intercepted=exact 46 scope=-@ru-mod',
          'effect=power-outage ru-kursk@unnamed/russia',
          'killed=exact 1 scope=ru-belgorod@unnamed/russia',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ru-mod',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@ru-mod',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/russia',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@unnamed/russia',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/russia',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@unnamed/russia',
        ],
      },
    ],
  },
  {
    id: 'zaporizhzhia-guided-bombs',
    publishedAt: '2025-11-10',
    text: 'Russian forces struck Zaporizhzhia with guided aerial bombs on Sunday evening, killing two people and wounding up to 17, regional governor Ivan Fedorov said. The attack damaged a kindergarten and several houses, according to the State Emergency Service.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-zaporizhzhia',
          'weapon=glide-bomb',
          'date=2025-11-09..2025-11-09/part-of-day@new-ivan-fedorov',
          'killed=exact 2 scope=ua-zaporizhzhia@new-ivan-fedorov',
          'injured=at-most 17 scope=ua-zaporizhzhia@new-ivan-fedorov',
          'effect=damage ua-zaporizhzhia@new-state-emergency-service',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ivan-fedorov',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-ivan-fedorov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-state-emergency-service',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-state-emergency-service',
        ],
      },
    ],
  },
]
