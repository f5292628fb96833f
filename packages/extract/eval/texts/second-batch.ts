import type { EvalText } from './types.ts'

/**
 * Written as held-out texts after the first round of tuning (first run: F1 0.852), then used to
 * find general weaknesses (unknown donors, "fired … at", "nine of the missiles", "no
 * casualties"), so they now count with the tuned texts.
 */
export const secondBatchTexts: readonly EvalText[] = [
  {
    id: 'lviv-cruise-missiles',
    publishedAt: '2025-12-01',
    text: 'Russia fired 12 cruise missiles at Lviv early on Monday, damaging energy infrastructure, according to regional head Maksym Kozytskyi. Ukraine’s air force said nine of the missiles were intercepted. No casualties were reported.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-lviv',
          'weapon=missile',
          'date=2025-12-01..2025-12-01/part-of-day@new-maksym-kozytskyi',
          'launched=exact 12 scope=ua-lviv@new-maksym-kozytskyi',
          'intercepted=exact 9 scope=ua-lviv@ua-air-force',
          'effect=damage ua-lviv@new-maksym-kozytskyi',
          'killed=exact 0 scope=ua-lviv@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-maksym-kozytskyi',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-maksym-kozytskyi',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ua-air-force',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@ua-air-force',
        ],
      },
    ],
  },
  {
    id: 'netherlands-f16-pledge',
    publishedAt: '2025-02-14',
    text: 'The Netherlands will send Ukraine a further 18 F-16 fighter jets by the end of the year, Dutch Defence Minister Ruben Brekelmans said on Friday. The aircraft are part of a €2 billion package approved by the Dutch cabinet.',
    gold: [
      {
        kind: 'aid',
        id: 'p1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=netherlands',
          'item=exact 18 scope=-@new-ruben-brekelmans ~ F-16 fighter jets',
          'money=exact 2000000000 EUR total@new-ruben-brekelmans',
          'date=2025-02-14..2025-02-14/day@new-ruben-brekelmans',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ruben-brekelmans',
          'mode=paraphrase',
          'channel=remarks',
          'about=p1',
          'date=2025-02-14..2025-02-14/day@new-ruben-brekelmans',
        ],
      },
    ],
  },
  {
    id: 'kherson-shelling-denial',
    publishedAt: '2025-06-10',
    text: 'Russian artillery shelled residential areas of Kherson on Tuesday morning, killing one man and injuring four others, the regional military administration said. Russia’s Defence Ministry denied targeting civilians, saying its forces struck only military facilities.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kherson',
          'weapon=artillery',
          'date=2025-06-10..2025-06-10/part-of-day@unnamed/ukraine',
          'killed=exact 1 scope=ua-kherson@unnamed/ukraine',
          'injured=exact 4 scope=ua-kherson@unnamed/ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@unnamed/ukraine',
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
    ],
  },
  {
    id: 'fourth-round-postponed',
    publishedAt: '2025-09-02',
    text: 'A planned fourth round of talks between Ukraine and Russia in Istanbul has been postponed, Turkish Foreign Minister Hakan Fidan said on Tuesday. The delegations had been expected to discuss a ceasefire and the return of deported children.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=4',
          'party=ukraine',
          'party=russia',
          'status=postponed@fidan',
          'agenda=true@fidan ~ Ceasefire',
          'agenda=true@fidan ~ Return of deported children',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=fidan',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=2025-09-02..2025-09-02/day@fidan',
        ],
      },
    ],
  },
]
