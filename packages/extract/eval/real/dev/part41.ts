import type { RealPassage } from '../types.ts'

/**
 * Dev passages of the third attack round, continued (see part40.ts): a toll told through a wire
 * ("Reuters reported, citing officials"), an overnight wave "using a total of 87 Shahed drones",
 * port fires and a silo told by a governor on Telegram, "around 120 missiles and 90 drones", and
 * the Russian Defence Ministry's count per region with governors' tolls; gold annotated from the
 * text alone before the extractor was run on them.
 */
export const part41: readonly RealPassage[] = [
  {
    id: 'scroll-dnipro-12-died-64-injured',
    url: 'https://scroll.in/latest/1041885/at-least-12-dead-in-russian-missile-strike-on-residential-building-in-ukraines-dnipro-city',
    outlet: 'Scroll',
    text: 'At least 12 persons died in a Russian missile strike on a nine-storey apartment in Ukraine’s Dnipro city on Saturday, Reuters reported, citing officials.\n\nThe attack was part of a series of strikes launched by Russia targeting energy infrastructure across Ukraine.\n\nRescue operations continue in east-central city of Dnipro as officials fear residents are still alive under the debris. “We stop our work now and then to keep silence and we hear people scream from underneath the rubble,” Dnipro Deputy Mayor Mikhailo Lysenko said in a video message.\n\nKyrylo Tymoshenko, the deputy head of President Volodymyr Zelenskyy’s office, said 64 residents have been injured and 37 rescued. Zelenskyy said the second to the ninth floors of the building have collapsed due to the strike.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-dnipro',
          'weapon=missile',
          'date=unresolved/day@reuters',
          'killed=at-least 12 scope=ua-dnipro@reuters',
          'injured=exact 64 scope=-@new-kyrylo-tymoshenko',
          'effect=damage @zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=reuters',
          'mode=paraphrase',
          'channel=news-agency-report',
          'about=a1',
          'date=unresolved/day@reuters',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-mikhailo-lysenko',
          'mode=quote',
          'channel=video-message',
          'about=a1',
          'date=unresolved/day@new-mikhailo-lysenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-kyrylo-tymoshenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-kyrylo-tymoshenko',
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
    id: 'dailynewsx-87-shaheds-56-destroyed-syniehubov',
    url: 'https://dailynewsx.in/2024/10/28/russian-forces-launch-overnight-attack-on-ukrainian-soil/',
    outlet: 'Daily News X',
    publishedAt: '2024-10-28',
    text: 'Russian forces launched an overnight attack on Ukraine, using a total of 87 Shahed drones and four different types of missiles. The attack resulted in one person killed and several incidents of damage reported. According to regional governor Oleh Syniehubov, a 49-year-old man died when his car was hit by a drone in the Kharkiv region. Additionally, a gas pipeline was damaged and a warehouse set ablaze in the city of Odesa.\nUkraine’s air force reported that its air defenses had destroyed 56 of the 87 drones and two missiles over 14 Ukrainian regions, including the capital city of Kyiv. Another 25 drones disappeared from radar, presumably due to anti-aircraft missile defense.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kharkiv-oblast',
          'place=ua-odesa',
          'place=ua-kyiv',
          'weapon=drone',
          'weapon=missile',
          'date=2024-10-27..2024-10-28/night@unnamed',
          'launched=exact 87 scope=-@unnamed',
          'killed=exact 1 scope=-@unnamed',
          'effect=damage @unnamed',
          'killed=exact 1 scope=ua-kharkiv-oblast@new-oleh-syniehubov',
          'effect=damage ua-odesa@unnamed',
          'effect=other ua-odesa@unnamed',
          'intercepted=exact 56 scope=ua@ua-air-force',
          'launched=exact 87 scope=ua@ua-air-force',
          'intercepted=exact 2 scope=ua@ua-air-force',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-syniehubov',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleh-syniehubov',
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
    id: 'efanews-odesa-port-fires-elevator-kiper',
    url: 'https://www.efanews.eu/item/33452-ukraine-odesa-port-bombed.html',
    outlet: 'EFA News',
    publishedAt: '2023-08-02',
    text: 'A new attack by Russian drones occurred overnight in the Odesa oblast, on the Black Sea. Local governor Oleg Kiper reported this on Telegram this morning, specifying that "fires broke out in port facilities and infrastructure due to the attack industries in the area and an elevator was damaged".\n\n"The obvious target of the enemy was the port and industrial infrastructure of the region. The air defense forces worked tirelessly for nearly three hours," the governor added. According to Ukrainian government sources, a grain silo was also damaged. At the end of the raid, no victims or injuries were found.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-odesa-oblast',
          'weapon=drone',
          'date=2023-08-01..2023-08-02/night@unnamed',
          'effect=other @new-oleg-kiper',
          'effect=damage @new-oleg-kiper',
          'effect=damage @unnamed/ukraine',
          'killed=exact 0 scope=-@unnamed',
          'injured=exact 0 scope=-@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleg-kiper',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=2023-08-02..2023-08-02/part-of-day@new-oleg-kiper',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleg-kiper',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleg-kiper',
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
    id: 'gossipify-120-missiles-90-drones-zelensky',
    url: 'https://gossipify.com/movies-series/380966.html',
    outlet: 'Gossipify',
    text: 'Air raid sirens sounded across the country overnight as Russian drones and missiles were launched from various locations.\nUkraine has faced many similar attacks, but this was the largest coordinated attack since early September.\nRussia launched around 120 missiles and 90 drones in a “massive combined attack against all regions of Ukraine”, President Volodymyr Zelensky said.\nIn a post on Telegram, Zelensky said that Moscow was targeting his country’s energy infrastructure. He said some areas were already without electricity and that work to restore it was underway.\nThe Ukrainian president reported that Ukraine’s air defenses destroyed more than 140 targets.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'weapon=drone',
          'weapon=missile',
          'date=unresolved/night@unnamed',
          'effect=assessment @unnamed',
          'launched=about 120 scope=ua@zelensky',
          'launched=about 90 scope=ua@zelensky',
          'effect=power-outage @zelensky',
          'intercepted=over 140 scope=-@zelensky',
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
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@zelensky',
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
    id: 'nina-35-drones-4-tochka-smirnov-gusev',
    url: 'https://libyannewswire.com/russian-mod-35-ukrainian-drones-and-4-missiles-shot-down-over-5-provinces/',
    outlet: 'National Iraqi News Agency',
    publishedAt: '2024-08-11',
    text: 'The Russian Defense Ministry announced this morning, Sunday, the destruction of 35 Ukrainian drones and 4 tactical missiles over the Russian regions of Kursk, Voronezh, Belgorod, Bryansk and Oryol last night.\n\nThe Russian Defense Ministry said in a statement: “The air defenses on duty destroyed 14 Ukrainian drones and 4 Tochka-U tactical missiles over Kursk territory, shot down 16 drones over Voronezh territory, 3 drones over Belgorod and one drone over each of Bryansk and Oryol.”\n\nThe acting governor of Kursk region, Alexei Smirnov, had announced earlier today that a Ukrainian missile fell after being intercepted on a residential building in Kursk, injuring 13 people, two of whom are in critical condition.\n\nIn Voronezh, the governor of the region, Alexander Gusev, stated via the Telegram application that the fall of a Ukrainian drone damaged an administrative building and a civilian infrastructure facility without causing any casualties.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-kursk-oblast',
          'place=ru-voronezh-oblast',
          'place=ru-belgorod-oblast',
          'place=ru-bryansk-oblast',
          'place=ru-oryol-oblast',
          'place=ru-kursk',
          'weapon=drone',
          'weapon=missile',
          'date=2024-08-10..2024-08-11/night@ru-mod',
          'intercepted=exact 35 scope=ru@ru-mod',
          'intercepted=exact 4 scope=ru@ru-mod',
          'intercepted=exact 14 scope=ru-kursk-oblast@ru-mod',
          'intercepted=exact 4 scope=ru-kursk-oblast@ru-mod',
          'intercepted=exact 16 scope=ru-voronezh-oblast@ru-mod',
          'intercepted=exact 3 scope=ru-belgorod-oblast@ru-mod',
          'intercepted=exact 1 scope=ru-bryansk-oblast@ru-mod',
          'intercepted=exact 1 scope=ru-oryol-oblast@ru-mod',
          'injured=exact 13 scope=ru-kursk@new-alexei-smirnov',
          'effect=damage ru-kursk@new-alexei-smirnov',
          'effect=damage ru-voronezh-oblast@new-alexander-gusev',
          'killed=exact 0 scope=ru-voronezh-oblast@new-alexander-gusev',
          'injured=exact 0 scope=ru-voronezh-oblast@new-alexander-gusev',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ru-mod',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2024-08-11..2024-08-11/part-of-day@ru-mod',
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
          'speaker=new-alexei-smirnov',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2024-08-11..2024-08-11/day@new-alexei-smirnov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-gusev',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-alexander-gusev',
        ],
      },
    ],
  },
]
