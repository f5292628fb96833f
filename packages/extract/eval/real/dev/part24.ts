import type { RealPassage } from '../types.ts'

/**
 * Passages 163–167 of the dev set, in its order (see ../dev.ts): the fifth round's drone counts
 * over Russian regions as the Russian Defence Ministry and governors gave them, retold by outlets
 * in neither split; gold annotated from the text alone before the extractor was run on them.
 */
export const part24: readonly RealPassage[] = [
  {
    id: 'anm-belgorod-seven-drones-gladkov-kursk-two',
    url: 'https://www.anmnewsenglish.in/international-news/russia-says-it-downs-ukrainian-drones-over-belgorodand-kursk-regions-1383583',
    outlet: 'ANM News',
    text: "Russia's regional governor Vyacheslav Gladkov said russian air defense units shot down seven Ukrainian drones in the southern Belgorod region on Monday. There were no casualties.\n\nRussia's Defense Ministry later said Russian forces had destroyed two drones in the Kursk region.",
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-belgorod-region',
          'place=new-kursk-region',
          'weapon=drone',
          'intercepted=exact 7 scope=new-belgorod-region@new-vyacheslav-gladkov',
          'date=unresolved/day@new-vyacheslav-gladkov',
          'killed=exact 0 scope=-@unnamed',
          'injured=exact 0 scope=-@unnamed',
          'intercepted=exact 2 scope=new-kursk-region@ru-mod',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vyacheslav-gladkov',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-vyacheslav-gladkov',
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
    id: 'islamtimes-19-drones-kursk-belgorod-crimea',
    url: 'https://www.islamtimes.org/en/news/1148662/russia-shot-down-19-ukrainian-drones',
    outlet: 'Islam Times',
    text: 'The Russian air defenses have shot down 19 Ukrainian drones in the airspace over Kursk and Belgorod provinces, the Republic of Crimea, and the Black Sea.\n\nSputnik news agency quoted the Russian Ministry of Defense, stating, "Last night, an attempt by the Kiev regime to carry out a terrorist attack using drones on facilities in Russian territory was thwarted. The rotating air defense systems shot down 11 Ukrainian drones over the Kursk region, three drones over the Belgorod region, and five others over the Republic of Crimea and the Black Sea."',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-kursk-region',
          'place=new-belgorod-region',
          'place=ua-crimea',
          'weapon=drone',
          'intercepted=exact 19 scope=-@unnamed',
          'date=unresolved/night@ru-mod',
          'intercepted=exact 11 scope=new-kursk-region@ru-mod',
          'intercepted=exact 3 scope=new-belgorod-region@ru-mod',
          'intercepted=exact 5 scope=-@ru-mod',
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
    id: 'saba-belgorod-two-drones-four-boats',
    url: 'https://saba.ye/en/news3397680.htm',
    outlet: 'Saba',
    text: 'The Russian Defense Ministry announced that its air defense systems shot down two Ukrainian drones over Belgorod province overnight and destroyed four drones heading towards Crimea in the Black Sea.\nSputnik quoted the ministry as saying in a statement on Sunday: “Over the past night, attempts by the Kiev regime to carry out terrorist attacks using drones on targets in the territory of Russia were stopped, and air defense systems destroyed two Ukrainian drones over the territory of Belgorod Oblast.”\nAccording to the statement, fire crews on duty destroyed the four drone boats in the Black Sea basin, which were on their way to Crimea.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-belgorod-province',
          'weapon=drone',
          'intercepted=exact 2 scope=new-belgorod-province@ru-mod',
          'intercepted=exact 4 scope=-@ru-mod',
          'date=unresolved/night@ru-mod',
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
    id: 'mehr-56-drones-belgorod-voronezh-rostov',
    url: 'https://en.mehrnews.com/news/226133/Russia-shoots-down-56-Ukrainian-drones-in-different-regions',
    outlet: 'Mehr News',
    text: 'The Russian air defense shot down dozens of Ukrainian drones over Russian regions, the ministry added in a statement, Sputnik news agency reported.\n\n“Last night, the air defense systems on duty destroyed 56 Ukrainian unmanned aerial vehicles (UAVs), the ministry said.\n\nIt said 11 drones were shot down over the Belgorod Region, 28 over the Voronezh Region, and 17 over the Rostov Region.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-belgorod-region',
          'place=new-voronezh-region',
          'place=new-rostov-region',
          'weapon=drone',
          'date=unresolved/night@ru-mod',
          'intercepted=exact 56 scope=-@ru-mod',
          'intercepted=exact 11 scope=new-belgorod-region@ru-mod',
          'intercepted=exact 28 scope=new-voronezh-region@ru-mod',
          'intercepted=exact 17 scope=new-rostov-region@ru-mod',
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
    id: 'caliber-14-drones-five-regions-gladkov',
    url: 'https://caliber.az/en/post/russian-air-defences-shoot-down-14-ukrainian-drones',
    outlet: 'Caliber.Az',
    text: 'Russian air defence forces successfully intercepted and destroyed 14 Ukrainian unmanned aerial vehicles (UAVs) overnight, according to the Russian Defense Ministry.\n"The intercepted drones were downed over several regions: 7 in Kursk, 3 in Belgorod, 2 in Rostov, 1 in Bryansk, and 1 in Lipetsk," the ministry said, as per Caliber.Az.\nFortunately, there were no reported casualties or significant damage. Belgorod Governor Vyacheslav Gladkov mentioned that while windows were shattered and minor building damage occurred due to three drone attacks and several shelling incidents, no serious injuries were reported.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-kursk-region',
          'place=new-belgorod-region',
          'place=new-rostov-region',
          'place=new-bryansk-region',
          'place=new-lipetsk-region',
          'weapon=drone',
          'intercepted=exact 14 scope=-@ru-mod',
          'date=unresolved/night@ru-mod',
          'intercepted=exact 7 scope=new-kursk-region@ru-mod',
          'intercepted=exact 3 scope=new-belgorod-region@ru-mod',
          'intercepted=exact 2 scope=new-rostov-region@ru-mod',
          'intercepted=exact 1 scope=new-bryansk-region@ru-mod',
          'intercepted=exact 1 scope=new-lipetsk-region@ru-mod',
          'killed=exact 0 scope=-@unnamed',
          'injured=exact 0 scope=-@unnamed',
          'effect=damage @new-vyacheslav-gladkov',
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
          'speaker=new-vyacheslav-gladkov',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-vyacheslav-gladkov',
        ],
      },
    ],
  },
]
