import type { RealPassage } from '../types.ts'

/** Passages 1–10 of the dev set, in its order (see ../dev.ts). */
export const part01: readonly RealPassage[] = [
  {
    id: 'sputnik-india-41-drones-saratov',
    url: 'https://sputniknews.in/amp/20251213/russian-air-defenses-destroy-41-ukrainian-drones-10213713.html',
    outlet: 'Sputnik',
    publishedAt: '2025-12-13',
    text: '"This past night, air defense systems on duty intercepted and destroyed 41 Ukrainian aircraft-type unmanned aerial vehicles," the ministry said.\nIt said 28 drones were shot down over the Saratov Region, four over the Voronezh Region, four over the Rostov Region, two over the Belgorod Region, two over Crimea, and one over the Volgograd Region.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-saratov-region',
          'place=new-voronezh-region',
          'place=new-rostov-region',
          'place=new-belgorod-region',
          'place=ua-crimea',
          'place=new-volgograd-region',
          'weapon=drone',
          'date=2025-12-12..2025-12-13/night@ru-mod',
          'intercepted=exact 41 scope=-@ru-mod',
          'intercepted=exact 28 scope=new-saratov-region@ru-mod',
          'intercepted=exact 4 scope=new-voronezh-region@ru-mod',
          'intercepted=exact 4 scope=new-rostov-region@ru-mod',
          'intercepted=exact 2 scope=new-belgorod-region@ru-mod',
          'intercepted=exact 2 scope=ua-crimea@ru-mod',
          'intercepted=exact 1 scope=new-volgograd-region@ru-mod',
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
    id: 'breakingthenews-mod-22-uavs',
    url: 'https://breakingthenews.net/Article/Russia-destroys-22-Ukrainian-drones-overnight/63626796',
    outlet: 'BreakingTheNews',
    text: 'The Russian Ministry of Defense said that 22 Ukrainian unmanned aerial vehicles (UAVs) were destroyed over several regions during the night.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'weapon=drone',
          'date=unresolved/night@ru-mod',
          'intercepted=exact 22 scope=-@ru-mod',
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
    id: 'up-kyiv-drone-debris-dniprovskyi',
    url: 'https://www.pravda.com.ua/eng/news/2024/11/27/7486492/',
    outlet: 'Ukrainska Pravda',
    publishedAt: '2024-11-27',
    text: 'As a result of a nighttime Russian drone attack on Kyiv, the fall of debris has been recorded in the Dniprovskyi district of the capital. Two people were injured.\nSource: Kyiv Mayor Vitalii Klitschko, Kyiv City Military Administration\nQuote: "Two people were injured; one of them was hospitalised in the Dniprovskyi district from a house on the water. The house was damaged as a result of the fall of debris."',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv',
          'weapon=drone',
          'date=2024-11-26..2024-11-27/night@new-vitalii-klitschko',
          'injured=exact 2 scope=ua-kyiv@new-vitalii-klitschko',
          'effect=damage ua-kyiv@new-vitalii-klitschko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vitalii-klitschko',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-vitalii-klitschko',
        ],
      },
    ],
  },
  {
    id: 'up-austin-ramstein-air-defence-priority',
    url: 'https://www.pravda.com.ua/eng/news/2024/04/26/7453137/',
    outlet: 'Ukrainska Pravda',
    publishedAt: '2024-04-26',
    text: 'Lloyd Austin, the US Secretary of Defense, has stated that strengthening Ukraine’s air defence will be the key priority at the meeting of the Ukraine’s Defence Contact Group (also known as the Ramstein format), which started on the afternoon of 26 April.\nSource: Austin, at the opening of the Ramstein meeting, held in a video format, as reported by European Pravda\nDetails: Austin noted that lately, Russia has intensified its air strikes on the territory of Ukraine.\n"We’re going to have a special focus on boosting Ukrainian air defences. Ukraine is in dire need of more air defence systems, and it urgently needs more interceptors. That’s going to be a huge priority for us all today," Austin said.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=new-lloyd-austin',
          'mode=paraphrase',
          'channel=online-meeting',
          'date=2024-04-26..2024-04-26/day@new-lloyd-austin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-lloyd-austin',
          'mode=paraphrase',
          'channel=online-meeting',
          'date=unresolved/day@new-lloyd-austin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-lloyd-austin',
          'mode=quote',
          'channel=online-meeting',
          'date=unresolved/day@new-lloyd-austin',
        ],
      },
    ],
  },
  {
    id: 'hromadske-125m-independence-day',
    url: 'https://hromadske.radio/en/news/2024/08/24/pentagon-reveals-details-of-new-aid-package-for-ukraine',
    outlet: 'Hromadske Radio',
    publishedAt: '2024-08-24',
    text: 'The US Department of Defense has announced a new defense aid package for Ukraine on its Independence Day. The Pentagon also specified the amount of aid: $125 million.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 125000000 USD total@us-defense-department',
          'date=2024-08-24..2024-08-24/day@us-defense-department',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=us-defense-department',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2024-08-24..2024-08-24/day@us-defense-department',
        ],
      },
    ],
  },
  {
    id: 'jpost-325m-air-defense-munitions',
    url: 'https://www.jpost.com/breaking-news/article-746169',
    outlet: 'Jerusalem Post',
    text: 'The United States announced on Tuesday a new $325 million military aid package for Ukraine that will include munitions for air defense systems, ammunition and vehicles, the Pentagon said.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 325000000 USD total@us-defense-department',
          'date=unresolved/day@us-defense-department',
          'item=@us-defense-department ~ Munitions for air defense systems',
          'item=@us-defense-department ~ Ammunition',
          'item=@us-defense-department ~ Vehicles',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=us-defense-department',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@us-defense-department',
        ],
      },
    ],
  },
  {
    id: 'sputnik-kirby-550m',
    url: 'https://worldakkam.com/us-announces-new-550-million-security-package-for-ukraine/850275/',
    outlet: 'Sputnik',
    text: 'WASHINGTON (Sputnik) – President Joe Biden will approve a new $550 million security package for Ukraine, National Security Council strategic communications coordinator John Kirby said Monday.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 550000000 USD total@new-john-kirby',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-john-kirby',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-john-kirby',
        ],
      },
    ],
  },
  {
    id: 'shanghai-daily-istanbul-concluded',
    url: 'https://www.shine.cn/news/world/2505164726/',
    outlet: 'Shanghai Daily',
    publishedAt: '2025-05-16',
    text: "Delegations of Russia and Ukraine concluded their meeting in Turkey's Istanbul on Friday, agreeing to hold a new round of negotiations and have a large-scale prisoner exchange.\nAs a key outcome of the two-hour talks, Russia and Ukraine agreed to a prisoner exchange involving 1,000 people from each side.",
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=russia',
          'party=ukraine',
          'date=2025-05-16..2025-05-16/day@unnamed',
          'status=concluded@unnamed',
          'outcome=agreement@unnamed ~ Hold a new round of negotiations',
          'outcome=agreement@unnamed ~ Prisoner exchange involving 1,000 people from each side',
        ],
      },
    ],
  },
  {
    id: 'connectedtoindia-medinsky-1000-for-1000',
    url: 'https://www.connectedtoindia.com/russia-ukraine-decide-to-swap-prisoners-during-istanbul-meeting',
    outlet: 'Connected to India',
    text: 'Ukraine and Russia have agreed to swap 1,000 prisoners-of-war each, following a meeting of delegations, the first since the war broke out in 2022. \nThe officials from the warring neighbouring nations met in Turkey’s Istanbul on Friday.\nSpeaking after the meeting, Vladimir Medinsky, who headed the Russian delegation, was quoted as saying by RT.com: “We are satisfied with the outcome and are ready to continue contacts.”\nHe said: “A large-scale prisoner exchange will take place, 1,000 for 1,000 people.”',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=ukraine',
          'party=russia',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'outcome=agreement@unnamed ~ Swap 1,000 prisoners-of-war each',
          'outcome=agreement@medinsky ~ Large-scale prisoner exchange, 1,000 for 1,000 people',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=medinsky',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@medinsky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=medinsky',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@medinsky',
        ],
      },
    ],
  },
  {
    id: 'nikvesti-second-round-ended',
    url: 'https://www.nikvesti.com/en/news/politics/305686-ukraine-russia-prisoner-exchange-istanbul-zelenskyy-2024',
    outlet: 'NikVesti',
    text: 'The second round of talks between the delegations of Ukraine and Russia has ended in Istanbul. Following the meeting, the parties are preparing a new exchange of prisoners of war.\nThis was announced by President of Ukraine Volodymyr Zelenskyy.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=2',
          'party=ukraine',
          'party=russia',
          'status=concluded@zelensky',
          'outcome=other@zelensky ~ Preparing a new exchange of prisoners of war',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
]
