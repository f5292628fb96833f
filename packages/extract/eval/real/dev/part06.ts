import type { RealPassage } from '../types.ts'

/** Passages 53–59 of the dev set, in its order (see ../dev.ts). */
export const part06: readonly RealPassage[] = [
  {
    id: 'devdiscourse-rutte-purl-4bn',
    url: 'https://www.devdiscourse.com/article/education/3718391-two-thirds-of-nato-member-states-committed-to-purl-rutte-says',
    outlet: 'Devdiscourse',
    publishedAt: '2025-12-03',
    text: 'Two-thirds of the member states of NATO have committed to the weapons for Ukraine through the so-called Prioritised Ukraine Requirements List (PURL), which has received commitments worth 4 billion dollars so far, the alliance\'s secretary general Mark Rutte said on Wednesday.\n"We heard from Australia and New Zealand will also contribute to PURL, the first NATO partners to do so. And this means that allies and partners have already committed now really over 4 billion," Rutte told reporters on Wednesday in Brussels.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=nato',
          'money=exact 4000000000 USD total@rutte',
          'money=over 4000000000 USD total@rutte',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=australia',
          'donor=new-new-zealand',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=rutte',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=2025-12-03..2025-12-03/day@rutte',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=rutte',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'about=a2',
          'date=2025-12-03..2025-12-03/day@rutte',
        ],
      },
    ],
  },
  {
    id: 'sputnik-kursk-debris-smirnov',
    url: 'https://sputnikglobe.com/20240719/two-residents-of-russias-kursk-suffer-injuries-as-drones-crash-in-city-1119427661.html',
    outlet: 'Sputnik',
    publishedAt: '2024-07-19',
    text: "Two residents of the Russian city of Kursk have suffered wounds and burbs as debris from several drones has crashed on the city streets, Acting Governor Alexei Smirnov said on Friday.\n2024-07-19\nThe Russian Defense Ministry said earlier on Friday that Russia's air defense systems shot down 19 Ukrainian drones over Russia's territory overnight, including 11 drones over the Kursk Region, three drones over the Belgorod Region, and five drones over Crimea and the Black Sea.",
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-kursk',
          'place=new-kursk-region',
          'place=new-belgorod-region',
          'place=ua-crimea',
          'weapon=drone',
          'injured=exact 2 scope=ru-kursk@new-alexei-smirnov',
          'date=2024-07-18..2024-07-19/night@ru-mod',
          'intercepted=exact 19 scope=ru@ru-mod',
          'intercepted=exact 11 scope=new-kursk-region@ru-mod',
          'intercepted=exact 3 scope=new-belgorod-region@ru-mod',
          'intercepted=exact 5 scope=ua-crimea@ru-mod',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexei-smirnov',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=2024-07-19..2024-07-19/day@new-alexei-smirnov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ru-mod',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2024-07-19..2024-07-19/day@ru-mod',
        ],
      },
    ],
  },
  {
    id: 'rt-starovoyt-drones-near-kursk',
    url: 'https://www.legitgov.org/ukrainian-drones-attack-russian-city-governor',
    outlet: 'RT',
    text: 'Several Ukrainian drones have been shot down near the Russian city of Kursk, regional governor Roman Starovoyt said in the early hours of Friday. Starovoyt urged residents to stay calm, adding that the capital of the region that shares a border with Ukraine was "under the firm protection of our military."',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: ['attacker=ukraine', 'target=russia', 'place=ru-kursk', 'weapon=drone'],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-roman-starovoyt',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/part-of-day@new-roman-starovoyt',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-roman-starovoyt',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-roman-starovoyt',
        ],
      },
    ],
  },
  {
    id: 'menafn-mod-precision-strike-70-missiles',
    url: 'https://menafn.com/1109535917/Moscow-reveals-specifics-of-great-precision-hit-on-Ukraine',
    outlet: 'MENAFN',
    text: 'The Russian Defense Ministry has revealed that it carried out a large-scale overnight strike on Ukraine, targeting key components of Kiev’s military infrastructure and defense industry. In a statement released Thursday, the ministry said the operation involved long-range, high-precision missiles launched from land and sea, as well as drones.\nAccording to Moscow, the strikes were aimed at disrupting Ukraine’s aviation, missile, and space sectors, along with facilities producing heavy machinery, armored vehicles, rocket fuel, and gunpowder. The ministry confirmed that “all intended targets were successfully hit.”\nUkrainian President Vladimir Zelensky stated that the assault involved approximately 70 missiles and nearly 150 drones. He reported that nine people were killed in the capital, with more than 80 others injured across the country.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv',
          'weapon=missile',
          'weapon=drone',
          'date=unresolved/night@ru-mod',
          'effect=damage @ru-mod',
          'launched=about 70 scope=-@zelensky',
          'launched=under 150 scope=-@zelensky',
          'killed=exact 9 scope=ua-kyiv@zelensky',
          'injured=over 80 scope=ua@zelensky',
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
      {
        kind: 'statement',
        facts: [
          'speaker=ru-mod',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@ru-mod',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'rt-mod-massive-strike-energy-friday',
    url: 'https://thepressunited.com/updates/moscow-details-massive-strikes-against-ukrainian-infrastructure/',
    outlet: 'RT',
    publishedAt: '2024-03-22',
    text: 'The Russian military carried out a massive wave of strikes on Ukrainian military and energy infrastructure on Friday that successfully disrupted Kiev’s ability to produce new weapons and ammunition, the Defense Ministry in Moscow has said.\nIn a statement, the Russian Defense Ministry said that the barrage, using high-precision long-range weapons and drones, targeted Ukraine’s energy facilities, the military-industrial complex, railway junctions, arsenals, and deployment areas where the Ukrainian military and foreign mercenaries were present.\n“As a result of the strike, industrial enterprises producing and repairing weapons, military equipment and ammunition have been disorganized,” officials claimed.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'weapon=missile',
          'weapon=drone',
          'date=2024-03-22..2024-03-22/day@ru-mod',
          'effect=damage @ru-mod',
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
      {
        kind: 'statement',
        facts: [
          'speaker=ru-mod',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@ru-mod',
        ],
      },
    ],
  },
  {
    id: 'easternherald-mod-143-sites',
    url: 'https://easternherald.com/2025/08/23/russian-strike-ukraine-143-sites/?amp=1',
    outlet: 'Eastern Herald',
    publishedAt: '2025-08-23',
    text: 'Moscow — Russia’s Defense Ministry announced on Saturday that its forces had carried out a large-scale series of strikes against Ukrainian targets, including a defense-industrial enterprise and more than 140 deployment areas used by Ukrainian troops and foreign fighters.\nAccording to the ministry, the Russian Aerospace Forces, supported by missile troops, artillery, and strike drones, executed precision attacks within 24 hours.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'weapon=aircraft',
          'weapon=missile',
          'weapon=artillery',
          'weapon=drone',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ru-mod',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2025-08-23..2025-08-23/day@ru-mod',
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
    id: 'up-zelensky-signals-obscene-mukachevo',
    url: 'https://www.pravda.com.ua/eng/news/2025/08/21/7527246/',
    outlet: 'Ukrainska Pravda',
    publishedAt: '2025-08-21',
    text: "Ukrainian President Volodymyr Zelenskyy has emphasised that there is no alternative to putting pressure on Russia and announced that new diplomatic efforts are being made to end the war with Russia.\nSource: Zelenskyy in his evening address\nQuote: \"Right now, the signals coming from Russia are, to be honest, simply obscene. They're trying to wriggle out of the need to hold a meeting. They don't want to end this war, they're continuing to carry out large-scale attacks on Ukraine and fierce assaults on the front line. On top of that, they've launched missiles on a US-owned plant – as on many other civilian targets.\"\nDetails: Zelenskyy stressed that he views Russia’s attack on a US-owned plant in Mukachevo, Zakarpattia Oblast, as a targeted strike on American property and US investments.",
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: ['attacker=russia', 'target=ukraine', 'place=ua-mukacheve', 'weapon=missile'],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=video-message',
          'date=unresolved/day@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=quote',
          'channel=video-message',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=video-message',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
]
