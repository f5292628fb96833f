import type { EvalText } from './types.ts'

/**
 * Written as held-out texts after the third round of tuning (first run: F1 0.617), then used to
 * find general weaknesses ("Odesa region", "80 of which were neutralised", death tolls that
 * rise, loans, "told Reuters", "this week", denials), so they now count with the tuned texts.
 */
export const fourthBatchTexts: readonly EvalText[] = [
  {
    id: 'odesa-port-drones',
    publishedAt: '2025-10-13',
    text: 'Russian drones attacked port infrastructure in Odesa region overnight, injuring three dock workers and setting a grain terminal on fire, regional governor Oleh Kiper said on Monday. According to the air force, Russia used 95 Shahed-type drones in the attack, 80 of which were neutralised.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-odesa-oblast',
          'weapon=drone',
          'date=2025-10-12..2025-10-13/night@new-oleh-kiper',
          'injured=exact 3 scope=ua-odesa-oblast@new-oleh-kiper',
          'effect=damage ua-odesa-oblast@new-oleh-kiper',
          'launched=exact 95 scope=-@ua-air-force',
          'intercepted=exact 80 scope=-@ua-air-force',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-kiper',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=2025-10-13..2025-10-13/day@new-oleh-kiper',
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
    id: 'abu-dhabi-talks-sources',
    publishedAt: '2025-11-24',
    text: 'Ukrainian and Russian officials will hold talks in Abu Dhabi later this week, two sources familiar with the plans told Reuters. The agenda includes a possible ceasefire along the front line and an exchange of prisoners, one of the sources said.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ae-abu-dhabi',
          'round=1',
          'party=ukraine',
          'party=russia',
          'date=2025-11-24..2025-11-30/week@unnamed',
          'status=announced@unnamed',
          'agenda=true@unnamed ~ Possible ceasefire along the front line',
          'agenda=true@unnamed ~ Exchange of prisoners',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed',
          'mode=paraphrase',
          'channel=news-agency-report',
          'about=t1',
          'date=unresolved/day@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed',
          'mode=paraphrase',
          'channel=news-agency-report',
          'about=t1',
          'date=unresolved/day@unnamed',
        ],
      },
    ],
  },
  {
    id: 'us-patriot-launchers-delivered',
    publishedAt: '2025-08-29',
    text: 'The United States has delivered three additional Patriot launchers to Ukraine, the Pentagon said in a statement on Friday. The delivery was financed by Germany under a deal agreed in July.',
    gold: [
      {
        kind: 'aid',
        id: 'd1',
        facts: [
          'stage=delivery',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'donor=germany',
          'item=exact 3 scope=-@us-defense-department ~ Patriot launchers',
          'date=2025-08-29..2025-08-29/day@us-defense-department',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=us-defense-department',
          'mode=paraphrase',
          'channel=official-statement',
          'about=d1',
          'date=2025-08-29..2025-08-29/day@us-defense-department',
        ],
      },
    ],
  },
  {
    id: 'peskov-no-preconditions',
    publishedAt: '2025-05-12',
    text: '“We are ready for direct talks without preconditions,” Kremlin spokesman Dmitry Peskov told reporters on Monday. He did not say when or where such talks could take place.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=quote',
          'channel=remarks',
          'date=2025-05-12..2025-05-12/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=2025-05-12..2025-05-12/day@peskov',
        ],
      },
    ],
  },
  {
    id: 'missiles-over-crimea',
    publishedAt: '2025-06-03',
    text: 'Russian air defences shot down 12 Ukrainian missiles over the Black Sea and Crimea on Tuesday, the Russian Defence Ministry said, adding that there were no casualties.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ua-crimea',
          'weapon=missile',
          'date=2025-06-03..2025-06-03/day@ru-mod',
          'intercepted=exact 12 scope=-@ru-mod',
          'killed=exact 0 scope=-@ru-mod',
          'injured=exact 0 scope=-@ru-mod',
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
    id: 'kharkiv-toll-risen',
    publishedAt: '2025-02-10',
    text: 'The death toll from Saturday’s Russian missile strike on Kharkiv has risen to seven, the regional prosecutor’s office said on Monday. Earlier, officials had reported five dead and more than 30 wounded.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kharkiv',
          'weapon=missile',
          'date=2025-02-08..2025-02-08/day@unnamed/ukraine',
          'killed=exact 7 scope=ua-kharkiv@unnamed/ukraine',
          'killed=exact 5 scope=ua-kharkiv@unnamed/ukraine',
          'injured=over 30 scope=ua-kharkiv@unnamed/ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2025-02-10..2025-02-10/day@unnamed/ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2025-02-03..2025-02-10/week@unnamed/ukraine',
        ],
      },
    ],
  },
  {
    id: 'canada-loan-frozen-assets',
    publishedAt: '2025-01-16',
    text: 'Canada will lend Ukraine 5 billion Canadian dollars from frozen Russian assets, Prime Minister Justin Trudeau announced on Thursday.',
    gold: [
      {
        kind: 'aid',
        id: 'p1',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=canada',
          'money=exact 5000000000 CAD total@new-justin-trudeau',
          'date=2025-01-16..2025-01-16/day@new-justin-trudeau',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-justin-trudeau',
          'mode=paraphrase',
          'channel=remarks',
          'about=p1',
          'date=2025-01-16..2025-01-16/day@new-justin-trudeau',
        ],
      },
    ],
  },
  {
    id: 'weather-report',
    publishedAt: '2025-12-08',
    text: 'Heavy snow is expected in Kyiv and Lviv on Tuesday, with temperatures falling to minus 15 degrees, the state weather service said.',
    gold: [],
  },
]
