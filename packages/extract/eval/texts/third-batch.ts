import type { EvalText } from './types.ts'

/**
 * Written as held-out texts after the second round of tuning (first run: F1 0.639), then used to
 * find general weaknesses ("Ukraine’s State Emergency Service", "said on Telegram.", "killed two
 * civilians", kronor, "including …" items), so they now count with the tuned texts.
 */
export const thirdBatchTexts: readonly EvalText[] = [
  {
    id: 'sumy-ballistic-missiles',
    publishedAt: '2025-04-14',
    text: 'At least 35 people, including two children, were killed when two Russian ballistic missiles struck the centre of Sumy on Sunday morning, Ukraine’s State Emergency Service said. More than 100 others were wounded. President Volodymyr Zelensky called the strike “an act of terror” in a post on Telegram.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-sumy',
          'weapon=missile',
          'date=2025-04-13..2025-04-13/part-of-day@new-state-emergency-service',
          'launched=exact 2 scope=ua-sumy@new-state-emergency-service',
          'killed=at-least 35 scope=ua-sumy@new-state-emergency-service',
          'injured=over 100 scope=ua-sumy@new-state-emergency-service',
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
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'sweden-kronor-package',
    publishedAt: '2025-03-20',
    text: 'Sweden announced a new military aid package for Ukraine worth 4.8 billion kronor on Thursday, including air defence equipment and artillery ammunition, Defence Minister Pal Jonson told reporters in Stockholm.',
    gold: [
      {
        kind: 'aid',
        id: 'p1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=sweden',
          'money=exact 4800000000 SEK total@new-pal-jonson',
          'item=@new-pal-jonson ~ Air defence equipment',
          'item=@new-pal-jonson ~ Artillery ammunition',
          'date=2025-03-20..2025-03-20/day@new-pal-jonson',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-pal-jonson',
          'mode=paraphrase',
          'channel=remarks',
          'about=p1',
          'date=2025-03-20..2025-03-20/day@new-pal-jonson',
        ],
      },
    ],
  },
  {
    id: 'shebekino-shelling-claim',
    publishedAt: '2025-05-06',
    text: 'Ukrainian shelling killed two civilians in the Russian border town of Shebekino on Monday, Belgorod regional governor Vyacheslav Gladkov said on Telegram. Kyiv did not comment on the claim.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-shebekino',
          'weapon=artillery',
          'date=2025-05-05..2025-05-05/day@new-vyacheslav-gladkov',
          'killed=exact 2 scope=new-shebekino@new-vyacheslav-gladkov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vyacheslav-gladkov',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-vyacheslav-gladkov',
        ],
      },
    ],
  },
  {
    id: 'prisoner-swap-after-istanbul',
    publishedAt: '2025-06-20',
    text: 'Russia and Ukraine exchanged 390 prisoners of war on Friday under the agreement reached at the Istanbul talks, the Russian Defence Ministry said.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=ru-mod',
          'mode=paraphrase',
          'channel=official-statement',
          'date=unresolved/day@ru-mod',
        ],
      },
    ],
  },
  {
    id: 'largest-aerial-attack-kyiv',
    publishedAt: '2025-07-04',
    text: 'Russia launched 539 drones and 11 missiles against Ukraine overnight, the largest aerial attack of the war, Ukraine’s air force said on Friday. In Kyiv, at least one person was killed and 23 were injured, Mayor Vitali Klitschko said, adding that fires broke out in several districts.',
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
          'date=2025-07-03..2025-07-04/night@ua-air-force',
          'launched=exact 539 scope=ua@ua-air-force',
          'launched=exact 11 scope=ua@ua-air-force',
          'effect=assessment @ua-air-force',
          'killed=at-least 1 scope=ua-kyiv@new-vitali-klitschko',
          'injured=exact 23 scope=ua-kyiv@new-vitali-klitschko',
          'effect=other ua-kyiv@new-vitali-klitschko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ua-air-force',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2025-07-04..2025-07-04/day@ua-air-force',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vitali-klitschko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-vitali-klitschko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vitali-klitschko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-vitali-klitschko',
        ],
      },
    ],
  },
]
