import type { RealPassage } from '../types.ts'

/**
 * Dev passages of the second attack round (see ../dev.ts, README.md): a Russian region's drone
 * toll told by its governor, tolls with their sub-counts ("among them four children", "22 were
 * rescued from the rubble and one died in hospital", hospital counts per city), a ministry's
 * count broken down by region, a launch count told as "attacked Ukraine with 33 Shaheds" and
 * "Two drones attacked"; gold annotated from the text alone before the extractor was run on them.
 */
export const part34: readonly RealPassage[] = [
  {
    id: 'fakti-voronezh-17-uavs-four-injured-gusev',
    url: 'https://www.fakti.bg/en/world/1026631-four-injured-in-ukrainian-drone-attack-in-russia-s-voronezh-region',
    outlet: 'Fakti',
    text: "A massive Ukrainian drone attack in Russia's Voronezh region has injured four people, Governor Alexander Gusev announced.\n“A total of 17 unmanned aerial vehicles were detected, destroyed, and their remains extinguished by air defense and electronic warfare forces in the skies over Voronezh and two regions of the region“, he wrote on his Telegram channel.\nOne woman suffered a traumatic brain injury, another a penetrating abdominal wound, and a third woman and a man received minor cuts. All the injured were taken to hospitals.\nThe regional governor also reported that seven residential buildings, including one under construction, suffered damage to their windows and facades. Fires broke out in two of them, but they were quickly extinguished.",
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-voronezh-region',
          'place=ru-voronezh',
          'weapon=drone',
          'injured=exact 4 scope=new-voronezh-region@new-alexander-gusev',
          'intercepted=exact 17 scope=ru-voronezh@new-alexander-gusev',
          'effect=damage @new-alexander-gusev',
          'effect=other @unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-gusev',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-alexander-gusev',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-gusev',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-alexander-gusev',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-gusev',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-alexander-gusev',
        ],
      },
    ],
  },
  {
    id: 'united24-ohmatdyt-38-killed-190-injured',
    url: 'https://united24media.com/latest-news/death-toll-rises-as-rescue-operations-continue-after-russias-massive-missile-attack-on-ukraine-1130',
    outlet: 'United24 Media',
    text: "After Russia's large-scale missile strike on Ukraine, rescue operations have been ongoing. Russia hit Children’s Hospital “Ohmatdyt”, a maternity hospital and residential buildings.\nAs of now, 38 are confirmed killed, among them four children. 190 people were injured. 64 people are in Kyiv hospitals, 28 are hospitalized in Kryvyi Rih, and 6 people in Dnipro.",
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv',
          'place=ua-kryvyi-rih',
          'place=ua-dnipro',
          'weapon=missile',
          'effect=damage @unnamed',
          'killed=exact 38 scope=-@unnamed',
          'injured=exact 190 scope=-@unnamed',
        ],
      },
    ],
  },
  {
    id: 'polishnews-uman-23-died-klymenko',
    url: 'https://polishnews.co.uk/ukraine-uman-the-search-and-rescue-operation-has-ended-russian-attack-casualty-tally/',
    outlet: 'Polish News',
    text: 'The search and rescue operation after Russia’s missile attack on Friday has ended, Ukraine’s Interior Minister Ihor Klymenko said. “As a result of the impact on a multi-storey apartment block, 23 people died: 22 were rescued from the rubble and one died in hospital. Among the victims are three boys (1.5 years, 16 and 17 years) and three girls (8, 11 and 14 years) ” – said the minister. 17 people were saved, he added.\n\nOn Friday Russian rockets fell, among others, on Uman in the middle Ukraine.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-uman',
          'weapon=missile',
          'date=unresolved/day@new-ihor-klymenko',
          'killed=exact 23 scope=-@new-ihor-klymenko',
          'effect=damage @new-ihor-klymenko',
          'date=unresolved/day@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ihor-klymenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-ihor-klymenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ihor-klymenko',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-ihor-klymenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ihor-klymenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-ihor-klymenko',
        ],
      },
    ],
  },
  {
    id: 'moscowtimes-voronezh-gusev-55-drones-breakdown',
    url: 'https://www.themoscowtimes.com/2025/10/21/russias-rostov-region-targeted-in-ukrainian-drone-attack-officials-say-a90879',
    outlet: 'The Moscow Times',
    publishedAt: '2025-10-21',
    text: 'In the Voronezh region, Governor Alexander Gusev said one industrial facility sustained damage and a fence at a private property was hit by shrapnel. He did not report any casualties.\nRussia’s Defense Ministry said its air defenses destroyed or intercepted a total of 55 Ukrainian fixed-wing drones overnight, including 34 over the Rostov region, six over Voronezh, three over Lipetsk, three over the Krasnodar region, two over annexed Crimea and seven over the Black Sea. The Bryansk region was not mentioned in the ministry’s statement.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-voronezh-region',
          'place=new-rostov-region',
          'place=new-lipetsk-region',
          'place=new-krasnodar-region',
          'place=ua-crimea',
          'weapon=drone',
          'effect=damage new-voronezh-region@new-alexander-gusev',
          'date=2025-10-20..2025-10-21/night@ru-mod',
          'intercepted=exact 55 scope=-@ru-mod',
          'intercepted=exact 34 scope=new-rostov-region@ru-mod',
          'intercepted=exact 6 scope=new-voronezh-region@ru-mod',
          'intercepted=exact 3 scope=new-lipetsk-region@ru-mod',
          'intercepted=exact 3 scope=new-krasnodar-region@ru-mod',
          'intercepted=exact 2 scope=ua-crimea@ru-mod',
          'intercepted=exact 7 scope=new-black-sea@ru-mod',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-gusev',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-alexander-gusev',
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
]
