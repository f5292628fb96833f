import type { RealPassage } from '../types.ts'

/**
 * Passages 158–162 of the dev set, in its order (see ../dev.ts): a fifth round for issue #15,
 * weighted to attacks and statements — drone strikes on Russian refineries and regions told by
 * their governors — from outlets in neither split or already on the dev side; gold annotated from
 * the text alone before the extractor was run on them.
 */
export const part23: readonly RealPassage[] = [
  {
    id: 'novayagazeta-novoshakhtinsk-refinery-golubev',
    url: 'https://novayagazeta.eu/articles/2023/05/04/drones-attack-oil-refineries-in-russias-krasnodar-rostov-regions-en-news',
    outlet: 'Novaya Gazeta Europe',
    publishedAt: '2023-05-04',
    text: 'A drone attacked the Novoshakhtinsk oil refinery overnight, says Vasily Golubev, the governor of Russia’s Rostov region.\n“An unmanned aerial vehicle crashed into the constructions of the inter-workshop flyover of the plant, after which it exploded. The fire that resulted from the explosion was immediately extinguished. Firefighters were not involved in extinguishing the fire, the fire was put out by the local personnel,” he said. Golubev also added no casualties had been recorded, and the attack caused but minor damage.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'target=russia',
          'place=new-novoshakhtinsk',
          'weapon=drone',
          'date=2023-05-03..2023-05-04/night@new-vasily-golubev',
          'effect=other @new-vasily-golubev',
          'killed=exact 0 scope=-@new-vasily-golubev',
          'injured=exact 0 scope=-@new-vasily-golubev',
          'effect=damage @new-vasily-golubev',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vasily-golubev',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-vasily-golubev',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vasily-golubev',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-vasily-golubev',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vasily-golubev',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-vasily-golubev',
        ],
      },
    ],
  },
  {
    id: 'ians-volgograd-refinery-fire-botsharov',
    url: 'https://ommcomnews.com/world-news/fire-reported-after-drone-attack-at-russian-oil-refinery',
    outlet: 'IANS',
    text: 'Moscow: A fire broke out at an oil refinery in southern Russia following a droke attack by Ukraine, a Kremlin-appointed official said on Sunday.\nThe night-time raid in the Volgograd region was repelled by the Russian air defences, Governor Andrey Botsharov wrote on Telegram.\nHowever, the falling drone detonated and caused a fire on the refinery site, which has since been extinguished. There were no casualties, the governor said.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-volgograd-region',
          'weapon=drone',
          'effect=other @unnamed/russia',
          'date=unresolved/night@new-andrey-botsharov',
          'effect=other @unnamed',
          'killed=exact 0 scope=-@new-andrey-botsharov',
          'injured=exact 0 scope=-@new-andrey-botsharov',
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
      {
        kind: 'statement',
        facts: [
          'speaker=new-andrey-botsharov',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-andrey-botsharov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-andrey-botsharov',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-andrey-botsharov',
        ],
      },
    ],
  },
  {
    id: 'rt-leningrad-region-50-uavs-drozdenko',
    url: 'https://news-pravda.com/world/2025/07/27/1547968.html',
    outlet: 'RT',
    publishedAt: '2025-07-27',
    text: 'A Ukrainian attack on Russia’s Leningrad Region has killed one civilian and injured three others, Governor Aleksandr Drozdenko has said in a series of posts on Telegram. He said Kiev’s forces employed over 50 unmanned aerial vehicles (UAVs) in the strike.\n\nThe raid was launched in the early hours on Sunday, Drozdenko said. It was mostly repelled by the local air defense forces. Some UAVs fell on residential buildings, causing fires, the governor said, adding that one man died.\n\nThe governor called the strike on Sunday “an unprecedented attack.” A total of 51 drones were shot down, he said.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-leningrad-region',
          'weapon=drone',
          'killed=exact 1 scope=new-leningrad-region@new-aleksandr-drozdenko',
          'injured=exact 3 scope=new-leningrad-region@new-aleksandr-drozdenko',
          'launched=over 50 scope=-@new-aleksandr-drozdenko',
          'date=2025-07-27..2025-07-27/part-of-day@new-aleksandr-drozdenko',
          'effect=damage @new-aleksandr-drozdenko',
          'effect=other @new-aleksandr-drozdenko',
          'effect=assessment @new-aleksandr-drozdenko',
          'intercepted=exact 51 scope=-@new-aleksandr-drozdenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-aleksandr-drozdenko',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-aleksandr-drozdenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-aleksandr-drozdenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-aleksandr-drozdenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-aleksandr-drozdenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-aleksandr-drozdenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-aleksandr-drozdenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-aleksandr-drozdenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-aleksandr-drozdenko',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-aleksandr-drozdenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-aleksandr-drozdenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-aleksandr-drozdenko',
        ],
      },
    ],
  },
  {
    id: 'rt-ilsky-refinery-baza-no-injured',
    url: 'https://newsrescue.com/ukrainian-drone-attacks-russian-oil-refinery-media/',
    outlet: 'RT',
    text: 'According to emergency officials, an oil refinery caught fire in the Krasnodar Region of southern Russia on Friday morning. According to the Baza news outlet, the fire started after a Ukrainian drone attacked the building.\n\nBaza shared a video of the Ilsky Oil Refinery spewing black smoke. The fire was promptly extinguished, and no one was injured, according to emergency services.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-krasnodar-region',
          'weapon=drone',
          'effect=other new-krasnodar-region@unnamed/russia',
          'date=unresolved/part-of-day@unnamed/russia',
          'injured=exact 0 scope=-@unnamed/russia',
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
    id: 'syrializm-kursk-station-starovoit-sobyanin',
    url: 'https://syrializm.net/ukrainian-drones-targeting-russian-cities-causing-casualties/',
    outlet: 'Syrializm',
    text: 'Five people wounded in a Ukrainian drone attack on a railway station in the western Russian city of Kursk.\n\nKursk region governor Roman Starovoit said, Sunday, on Telegram, “According to preliminary information, it crashed on the roof of the station building, after which a fire broke out on the roof”.\n\nHe stated that five people were slightly wounded by shards of glass, noting that paramedics were present at the scene.\n\nFor his part, Moscow Mayor Sergei Sobyanin said that a drone had tried to head toward Moscow, and that the attack had been thwarted.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-kursk',
          'weapon=drone',
          'injured=exact 5 scope=ru-kursk@unnamed',
          'effect=damage @new-roman-starovoit',
          'effect=other @new-roman-starovoit',
          'injured=exact 5 scope=-@new-roman-starovoit',
        ],
      },
      {
        kind: 'attack',
        id: 'a2',
        facts: ['target=russia', 'place=ru-moscow', 'weapon=drone'],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-roman-starovoit',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-roman-starovoit',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-roman-starovoit',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-roman-starovoit',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-sergei-sobyanin',
          'mode=paraphrase',
          'channel=remarks',
          'about=a2',
          'date=unresolved/day@new-sergei-sobyanin',
        ],
      },
    ],
  },
]
