import type { RealPassage } from '../types.ts'

/**
 * Dev passages of the second attack round, continued (see part34.ts): a launch count told as
 * "attacked Ukraine with 33 Shaheds" after the share downed, "Two drones attacked an oil
 * refinery", and a ministry's count broken down by region with "one each over"; gold annotated
 * from the text alone before the extractor was run on them.
 */
export const part35: readonly RealPassage[] = [
  {
    id: 'ukranews-33-shaheds-25-destroyed-sumy-odesa',
    url: 'https://ukranews.com/en/news/954283-night-drone-attack-on-ukraine-air-defense-forces-down-25-out-of-33-shaheds',
    outlet: 'Ukrainian News',
    text: 'The russian federation attacked the Sumy and Odesa Regions with attack drones on the night of Thursday, September 7. Air Defense Forces destroyed 25 enemy UAVs.\n\nThis follows from a statement by the Air Force Command of the Armed Forces of Ukraine (AFU) posted on Telegram.\n\nThe occupiers released several groups of Shahed-136/131 attack drones from the northern, southeastern, and southern directions (Kursk, Primorsko-Akhtarsk - RF, Cape Chauda - temporarily occupied Crimea).\n\nIn total, russian troops attacked Ukraine with 33 Shaheds. The command of the Air Force notes that most of the drones were flying in the direction of the southern regions of the Odesa Region.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-sumy-oblast',
          'place=ua-odesa-oblast',
          'weapon=drone',
          'date=unresolved/night@ua-air-force',
          'intercepted=exact 25 scope=-@ua-air-force',
          'launched=exact 33 scope=ua@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ua-air-force',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@ua-air-force',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ua-air-force',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@ua-air-force',
        ],
      },
    ],
  },
  {
    id: 'newsam-tver-two-drones-refinery-baza',
    url: 'https://news.am/eng/news/762251.html',
    outlet: 'News.am',
    text: 'Two drones attacked an oil refinery in the Tver region, Baza telegram channel reports.\nThe incident happened near the village of Erokhino, the attacked facility is serving the oil pipeline Druzhba.\nThe first drone arrived at around 3:15 and crashed into the oil refinery. There was an explosion, the roof of the building was damaged. Half an hour later, a second drone flew in, fell to the ground and exploded.\nWorkers extinguished the fire, Moskovsky Komsomolets reports.\nAccording to Tver region authorities, no one was injured as a result of the incident.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'target=russia',
          'place=new-tver-region',
          'place=new-erokhino',
          'weapon=drone',
          'launched=exact 2 scope=new-tver-region@new-baza',
          'effect=damage @unnamed',
          'effect=other @new-moskovsky-komsomolets',
          'injured=exact 0 scope=-@unnamed/russia',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-baza',
          'mode=paraphrase',
          'channel=news-agency-report',
          'about=a1',
          'date=unresolved/day@new-baza',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-moskovsky-komsomolets',
          'mode=paraphrase',
          'channel=news-agency-report',
          'about=a1',
          'date=unresolved/day@new-moskovsky-komsomolets',
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
    id: 'newspravda-31-drones-sochi-driver-kondratyev',
    url: 'https://rca.news-pravda.com/en/world/2025/09/09/6731.html',
    outlet: 'News-Pravda',
    publishedAt: '2025-09-09',
    text: '▪️On-duty air defenses intercepted and destroyed 31 Ukrainian fixed-wing drones between 11:00 p.m. Moscow time on September 8 and 7:00 a.m. Moscow time on September 9 (8:00 p.m. — 4:00 a.m. GMT), the Defense Ministry said\n▪️According to the statement, 15 drones were shot down over the Black Sea, seven over the Belgorod Region, three over the Kursk Region, two over Crimea, another two over the Krasnodar Region, one each over the Tambov Region and the Voronezh Regions\n▪️The fragments of a downed drone fell on a car in Russia’s Sochi, killing the driver, Krasnodar Region Governor Veniamin Kondratyev reported\n▪️According to preliminary information, a total of six private houses were damaged',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-belgorod-region',
          'place=new-kursk-region',
          'place=ua-crimea',
          'place=new-krasnodar-region',
          'place=new-tambov-region',
          'place=new-voronezh-region',
          'place=ru-sochi',
          'weapon=drone',
          'date=2025-09-08..2025-09-09/night@ru-mod',
          'intercepted=exact 31 scope=-@ru-mod',
          'intercepted=exact 15 scope=new-black-sea@ru-mod',
          'intercepted=exact 7 scope=new-belgorod-region@ru-mod',
          'intercepted=exact 3 scope=new-kursk-region@ru-mod',
          'intercepted=exact 2 scope=ua-crimea@ru-mod',
          'intercepted=exact 2 scope=new-krasnodar-region@ru-mod',
          'intercepted=exact 1 scope=new-tambov-region@ru-mod',
          'intercepted=exact 1 scope=new-voronezh-region@ru-mod',
          'killed=exact 1 scope=ru-sochi@new-veniamin-kondratyev',
          'effect=damage @unnamed',
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
          'speaker=new-veniamin-kondratyev',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-veniamin-kondratyev',
        ],
      },
    ],
  },
]
