import type { RealPassage } from '../types.ts'

/**
 * Dev passages of the fifth attack round (see ../dev.ts, README.md): missile waves of 2022 told
 * with "N of M" tallies and lists of oblasts and the Russian Defence Ministry's night told per
 * place (the round's last two passages are in part58.ts); from outlets in neither split, gold annotated from the text alone before the extractor
 * was run on them.
 */
export const part53: readonly RealPassage[] = [
  {
    id: 'thenewtoday-33-cruise-missiles-18-downed-klitschko',
    url: 'https://thenewtoday.gd/russia-unleashes-barrage-of-missiles-on-ukraine-in-massive-attack/',
    outlet: 'The New Today',
    publishedAt: '2022-10-22',
    text: 'Russia unleashed a barrage of missiles overnight — “A Massive missile attack“It targeted “critical infrastructure,” Ukraine’s air force said in a statement on Saturday. Ukrainian officials confirmed that at least half a dozen regions were targeted, including the capital, Kiev.\n\nThe Air Force said it shot down 18 of the 33 cruise missiles launched from the air and sea.\n\nKyiv Mayor Vitaly Klitschko told the Telegram news service that “several rockets” aimed at the capital were shot down on Saturday morning. Similar statements were made by the governors of six western and central provinces and the southern Odesa region on the Black Sea.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv',
          'place=ua-odesa-oblast',
          'weapon=missile',
          'date=2022-10-21..2022-10-22/night@ua-air-force',
          'intercepted=exact 18 scope=-@ua-air-force',
          'launched=exact 33 scope=-@ua-air-force',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ua-air-force',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=2022-10-22..2022-10-22/day@ua-air-force',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@unnamed/ukraine',
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
      {
        kind: 'statement',
        facts: [
          'speaker=new-vitaly-klitschko',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-vitaly-klitschko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@unnamed/ukraine',
        ],
      },
    ],
  },
  {
    id: 'goaspotlight-50-missiles-44-downed-kuleba',
    url: 'https://thegoaspotlight.com/2022/10/31/russia-launches-50-missiles-at-ukraines-energy-infrastructure/',
    outlet: 'The Goa Spotlight',
    publishedAt: '2022-10-31',
    text: 'Russia launched a wave of cruise missiles at hydroelectric dams and other key infrastructure across Ukraine on Monday, with explosions reported in the capital Kiev and at least 10 other cities and regions.\n\n“Another batch of Russian missiles hits Ukraine’s critical infrastructure. Instead of fighting on the battlefield, Russia is fighting civilians,” he said. Dmytro Kuleba, Minister of Foreign Affairs of Ukraine. “Don’t justify these attacks by calling them a ‘response’. Russia does this because it still has the missiles and the will to kill the Ukrainians.”\n\nUkraine’s air command said it shot down 44 of 50 enemy missiles.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv',
          'weapon=missile',
          'date=2022-10-31..2022-10-31/day@unnamed',
          'effect=damage @kuleba',
          'intercepted=exact 44 scope=-@ua-air-force',
          'launched=exact 50 scope=-@ua-air-force',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kuleba',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@kuleba',
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
    id: 'goaspotlight-kiev-region-power-cuts-oblasts-list',
    url: 'https://thegoaspotlight.com/2022/10/31/russia-launches-50-missiles-at-ukraines-energy-infrastructure/',
    outlet: 'The Goa Spotlight',
    publishedAt: '2022-10-31',
    text: 'However, some attacks penetrated Ukraine’s defenses. The governor of Kiev, Oleksiy Kuleba, said that “major bombing in the region” had damaged electricity and energy infrastructure. He said residents must make emergency power cuts, adding that there is at least one casualty.\n\nThe cruise missiles were fired from Russian aircraft flying north of the Caspian Sea and the Rostov region. They hit targets in the Kiev, Zaporizhzhia and Kharkiv oblasts, as well as in the areas of Mikolaiv, Lviv, Zhytomyr, Kirovohrad and Chernivtsi.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv-oblast',
          'place=ua-zaporizhzhia-oblast',
          'place=ua-kharkiv-oblast',
          'place=ua-mykolaiv-oblast',
          'place=ua-lviv-oblast',
          'place=ua-zhytomyr-oblast',
          'place=ua-kirovohrad-oblast',
          'place=ua-chernivtsi-oblast',
          'weapon=missile',
          'effect=damage ua-kyiv-oblast@new-oleksiy-kuleba',
          'effect=power-outage ua-kyiv-oblast@new-oleksiy-kuleba',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleksiy-kuleba',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleksiy-kuleba',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleksiy-kuleba',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleksiy-kuleba',
        ],
      },
    ],
  },
  {
    id: 'heralddiary-75-drones-tuapse-single-drones',
    url: 'https://heralddiary.com/russia-reports-shooting-down-75-drones-launched-by-ukraine/',
    outlet: 'Herald Diary',
    text: 'The defense ministry said Russia’s air defense systems destroyed 75 drones launched from Ukraine overnight, more than half of them over the Rostov region in the southwest. Eight of the drones were near Tuapse on the Black Sea, where the ministry said on the Telegram messaging app that the major oil refinery of Rosneft is located. It added that the rest targeted Krasnodar, and single drones were over the Belgorod, Voronezh, and Smolensk regions. The ministry did not say whether the drones had caused any damage.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-rostov-oblast',
          'place=ru-tuapse',
          'place=ru-krasnodar',
          'place=ru-belgorod-oblast',
          'place=ru-voronezh-oblast',
          'place=ru-smolensk-oblast',
          'weapon=drone',
          'date=unresolved/night@ru-mod',
          'intercepted=exact 75 scope=-@ru-mod',
          'intercepted=exact 8 scope=ru-tuapse@ru-mod',
          'intercepted=exact 1 scope=ru-belgorod-oblast@ru-mod',
          'intercepted=exact 1 scope=ru-voronezh-oblast@ru-mod',
          'intercepted=exact 1 scope=ru-smolensk-oblast@ru-mod',
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
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@ru-mod',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ru-mod',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@ru-mod',
        ],
      },
    ],
  },
  {
    id: 'nationthailand-engels-airfield-fire-ten-injured',
    url: 'https://www.nationthailand.com/blogs/news/world/40047670',
    outlet: 'The Nation Thailand',
    publishedAt: '2025-03-21',
    text: "Roman Busargin, governor of Saratov, said there had been a Ukrainian drone attack on the city of Engels that had left an airfield on fire, and that nearby residents had been evacuated. He did not specifically mention the Engels base, but it is the main airfield in the area.\n\nUkraine's defence ministry said its forces had struck the airfield and triggered secondary detonations of ammunition. Kyiv said Russia had used the Engels base to carry out strikes on Ukraine.\n\nTen people were injured in the attack, local officials said.",
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-engels',
          'weapon=drone',
          'effect=other ru-engels@new-roman-busargin',
          'effect=damage ru-engels@ua-mod',
          'injured=exact 10 scope=-@unnamed/russia',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-roman-busargin',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-roman-busargin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ua-mod',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@ua-mod',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ukraine',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/russia',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@unnamed/russia',
        ],
      },
    ],
  },
]
