import type { RealPassage } from '../types.ts'

/**
 * Dev passages of the fifth attack round (see ../dev.ts, README.md): strikes on ports, rail and
 * power told by governors, a deputy prime minister and an emergency service, with effects listed
 * place by place (fires, damage, power cut) and tolls per town; from outlets in neither split,
 * gold annotated from the text alone before the extractor was run on them.
 */
export const part52: readonly RealPassage[] = [
  {
    id: 'windycitycrier-rostov-on-don-power-lines-fire',
    url: 'https://windycitycrier.com/2026/01/14/drone-attacks-target-rostov-on-don-disrupting-power-grid-and-sparking-fire',
    outlet: 'Windy City Crier',
    publishedAt: '2026-01-14',
    text: 'An unrelenting wave of drone attacks has struck across southern Russia, triggering cascading failures in critical infrastructure and plunging communities into darkness.\nIn Rostov-on-Don, the regional governor, Yuri Slyusar, confirmed that a drone strike severed power lines, cutting electricity to thousands of residents in the Bulgarskaya residential area and crippling industrial operations in the Western Industrial Zone.\nThe attack also ignited a small fire on Sholokov Prospect, which firefighters managed to contain within a 10-square-meter area.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'target=russia',
          'place=ru-rostov-on-don',
          'weapon=drone',
          'effect=power-outage @unnamed',
          'effect=power-outage ru-rostov-on-don@new-yuri-slyusar',
          'effect=other ru-rostov-on-don@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-yuri-slyusar',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-yuri-slyusar',
        ],
      },
    ],
  },
  {
    id: 'marinemirror-odessa-grain-terminal-26-drones-kiper',
    url: 'https://marinemirror.com/odessa-port-key-supplier-of-ukrainian-grain-targeted-by-russian-drones-governor/',
    outlet: 'Marine Mirror',
    text: 'Ukraine said on Tuesday that Russian attack drones had overnight attacked grain plants at a southern port in the Odessa region, home to three sea terminals vital to an expiring export deal between Moscow and Kyiv.\n\n“The air defense forces did not allow the enemy’s plan to attack the grain terminal of one of the Odessa ports to be implemented,” the region’s governor Oleg Kiper said in a statement.\n\nThe Ukrainian military said it shot down a total of 26 Russian attack drones in the recent barrage.\n\nWhile most of the drones aimed at southern Ukraine were destroyed, “two hit the administration building of one of the port facilities,” Kiper said.\n\nFalling debris from the downed drones also caused “two terminals near the port, including a grain terminal,” to catch fire, the governor said.\n\n“The fire was extinguished promptly with no critical damage or casualties recorded.”',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-odesa-oblast',
          'weapon=drone',
          'date=unresolved/night@ukraine',
          'intercepted=exact 26 scope=-@ua-armed-forces',
          'effect=damage ua-odesa-oblast@new-oleg-kiper',
          'effect=other ua-odesa-oblast@new-oleg-kiper',
          'killed=exact 0 scope=-@new-oleg-kiper',
          'injured=exact 0 scope=-@new-oleg-kiper',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ukraine',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleg-kiper',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-oleg-kiper',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ua-armed-forces',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@ua-armed-forces',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleg-kiper',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleg-kiper',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleg-kiper',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleg-kiper',
        ],
      },
    ],
  },
  {
    id: 'newdelhitimes-izmail-grain-elevator-kiper',
    url: 'https://www.newdelhitimes.com/latest-in-ukraine-russian-attacks-hit-grain-sites-in-odesa',
    outlet: 'New Delhi Times',
    text: 'Ukrainian officials said Wednesday that Russian drone attacks damaged port facilities in the Odesa region in southern Ukraine, while Russian-launched drones also targeted Ukraine’s capital.\n\nUkraine’s military said the Russian attack damaged a grain elevator and caused a fire at industrial and port facilities in Izmail.\n\nOleh Kiper, the Odesa region’s governor, said on Telegram that the Russian attack left damage but that there were no reports of injuries.\n\n“Russian terrorists have once again attacked ports, grain, global food security,” Kiper said.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-odesa-oblast',
          'place=ua-kyiv',
          'place=ua-izmail',
          'weapon=drone',
          'effect=damage ua-odesa-oblast@unnamed/ukraine',
          'effect=damage ua-izmail@ua-armed-forces',
          'effect=other ua-izmail@ua-armed-forces',
          'effect=damage ua-odesa-oblast@new-oleh-kiper',
          'injured=exact 0 scope=-@new-oleh-kiper',
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
          'speaker=ua-armed-forces',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@ua-armed-forces',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-kiper',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleh-kiper',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleh-kiper',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-oleh-kiper',
        ],
      },
    ],
  },
  {
    id: 'antikor-odesa-depot-driver-injured-konotop',
    url: 'https://antikor.info/en/amp/articles/794918-rossija_atakovala_depo_ukrzaliznitsi_v_odesse_ranen_mashinist',
    outlet: 'Antikor',
    text: 'Last night, Russia carried out a massive attack on the depot of «Ukrzaliznytsia» in Odesa.\n\nThis was reported by Deputy Prime Minister Oleksiy Kuleba.\n\nA train driver was injured by shrapnel.\n\n«There were also strikes on railway infrastructure in the border areas in the north, particularly in Konotop. Trains were stopped at a safe distance from the affected area, and in the morning, all resumed movement as the contact network was restored. Due to the attack, some trains on the Chernihiv and Sumy routes are running with delays», Kuleba noted.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-odesa',
          'place=ua-konotop',
          'date=unresolved/night@unnamed',
          'injured=exact 1 scope=-@unnamed',
          'effect=damage ua-konotop@new-oleksiy-kuleba',
          'effect=other @new-oleksiy-kuleba',
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
    ],
  },
  {
    id: 'ukrvisti-kharkiv-region-fires-chuhuiv-two-injured',
    url: 'https://ukrvisti.com/en/war/3418-details',
    outlet: 'UkrVisti',
    text: 'In the Kharkiv region, a series of drone attacks overnight led to multiple fires and some casualties. This information has been reported by the State Emergency Service of Ukraine on social media.\nIn the Kholodnohirskyi district, four separate fires broke out. A store, agricultural buildings, and several residential houses and vehicles were affected. One individual was injured.\nIn the village of Buhayivka in the Chuhuiv district, a residential building and farm structures caught fire.\nIn Chuhuiv, at two locations, fires broke out in a residential house, a garage, and cars. One person was reported injured.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'target=ukraine',
          'place=ua-kharkiv-oblast',
          'place=new-kholodnohirskyi-district',
          'place=new-buhayivka',
          'place=new-chuhuiv',
          'weapon=drone',
          'date=unresolved/night@unnamed',
          'effect=other ua-kharkiv-oblast@unnamed',
          'effect=other new-kholodnohirskyi-district@unnamed',
          'effect=damage new-kholodnohirskyi-district@unnamed',
          'injured=exact 1 scope=new-kholodnohirskyi-district@unnamed',
          'effect=other new-buhayivka@unnamed',
          'effect=other new-chuhuiv@unnamed',
          'injured=exact 1 scope=new-chuhuiv@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-state-emergency-service-of-ukraine',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-state-emergency-service-of-ukraine',
        ],
      },
    ],
  },
  {
    id: 'bwnews-kharkiv-energy-synegubov-three-houses',
    url: 'https://b-w-news.in.ua/en/rezonans-2/rossiyane-nanesli-massirovannyij-udar-po-3',
    outlet: 'B-W News',
    text: 'The head of the Kharkiv Regional State Administration, Oleg Synegubov, reported that Russians have caused damage in the Kharkiv region during a drone attack.\n“The Russians launched a massive strike on the energy system of Kharkiv. The Ukrainian air defense forces are operating in an enhanced protective mode. All relevant services are involved in mitigating the consequences. To avoid informing the enemy, please do not share details about the impact locations or any photos/videos,” Synegubov urged.\nRecall that at 21:15, a large-scale drone attack began on the suburbs of Kharkiv. The Russians carried out at least 12 strikes. As a result, three residential buildings were destroyed, and two people were hospitalized with injuries.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kharkiv-oblast',
          'place=ua-kharkiv',
          'weapon=drone',
          'effect=damage ua-kharkiv-oblast@new-oleg-synegubov',
          'date=unresolved/hour@unnamed',
          'effect=damage ua-kharkiv@unnamed',
          'injured=exact 2 scope=-@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleg-synegubov',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleg-synegubov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleg-synegubov',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleg-synegubov',
        ],
      },
    ],
  },
]
