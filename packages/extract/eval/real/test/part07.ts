import type { RealPassage } from '../types.ts'

/** Passages 51–58 of the test set, in its order (see ../test.ts). */
export const part07: readonly RealPassage[] = [
  {
    id: 'ukrinform-starovoit-kursk-admin-building',
    url: 'https://menafn.com/1107129492/Drone-HitsAdministrative-Building-In-Russias-Kursk',
    outlet: 'Ukrinform',
    publishedAt: '2023-09-24',
    text: 'Russia\'s Kursk region Governor Roman Starovoit said the administrative building in the center of Kursk was attacked by a drone.\nHe reported the news via Telegram , Ukrinform saw.\n"In Kursk, a Ukrainian drone attacked an administrative building in the Central District. The roof was slightly damaged. The response team scrambled to the scene," the report says.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=ru-kursk',
          'weapon=drone',
          'effect=damage ru-kursk@new-roman-starovoit',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-roman-starovoit',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-roman-starovoit',
        ],
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
    ],
  },
  {
    id: 'ukrinform-zelensky-russia-must-be-pushed',
    url: 'https://menafn.com/1109648439/Russia-Must-Be-Pushed-To-End-This-War-Zelensky',
    outlet: 'Ukrinform',
    publishedAt: '2025-06-07',
    text: 'Russia Must Be Pushed To End This War - Zelensky\nThis was stated by Volodymyr Zelensky in his evening address , as reported by Ukrinform.\n“We are aware that the Russians are now trying to show that they are allegedly immune to any pressure. But it is very important for the world to understand: just as pressure forced Russia into the negotiation process, pressure can force Russia to become realistic in negotiations,” the head of state said.',
    gold: [
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
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'afp-ryazan-refinery-fire-malkov',
    url: 'https://b.bssnews.net/international/249129',
    outlet: 'AFP',
    publishedAt: '2025-02-24',
    text: "MOSCOW, Feb 24, 2025 (BSS/AFP) - A Ukrainian drone attack triggered a fire at an oil refinery in Russia overnight, local media reports and officials said on Monday.\nKyiv has hit several Russian energy sites in long-range drone strikes it says is in retaliation for Moscow's missile attacks that have crippled Ukraine's energy grid and cut off power to millions at various points in the three-year conflict.\nThe governor of Russia's Ryazan region, Pavel Malkov, said on Telegram that a \"fire broke out on the territory of an enterprise due to falling debris\" after the drones were downed.\nThe Russian defence ministry said it shot down 22 Ukrainian drones overnight, including two over the Ryazan region, southeast of Moscow.",
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=ukraine',
          'target=russia',
          'place=new-ryazan-region',
          'weapon=drone',
          'date=2025-02-23..2025-02-24/night@unnamed',
          'effect=other @unnamed',
          'effect=other new-ryazan-region@new-pavel-malkov',
          'intercepted=exact 22 scope=-@ru-mod',
          'intercepted=exact 2 scope=new-ryazan-region@ru-mod',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed',
          'mode=paraphrase',
          'channel=news-agency-report',
          'about=a1',
          'date=2025-02-24..2025-02-24/day@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'date=unresolved/day@ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-pavel-malkov',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-pavel-malkov',
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
    id: 'kyivindependent-kirishi-refinery-oct-4',
    url: 'https://kyivindependent.com/drones-hit-major-oil-refinery-in-russias-leningrad-region/',
    outlet: 'Kyiv Independent',
    publishedAt: '2025-10-04',
    text: 'Drones struck an oil refinery in Kirishi, in Russia\'s Leningrad region, overnight Oct. 4, sparking a fire that was later extinguished, officials and local media reported.\nEyewitnesses reported seeing the fire break out at the Kirishi refinery. Regional Governor Alexander Drozdenko confirmed the drone attack and fire but did not identify the facility, adding the fire had been extinguished.\n"Air defense forces destroyed seven UAVs in the skies over Kirishi. The fire in the industrial zone has been extinguished," Drozdenko wrote on Telegram.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'target=russia',
          'place=new-kirishi',
          'place=new-leningrad-region',
          'weapon=drone',
          'date=2025-10-03..2025-10-04/night@unnamed',
          'effect=other new-kirishi@unnamed',
          'effect=other new-kirishi@new-alexander-drozdenko',
          'intercepted=exact 7 scope=new-kirishi@new-alexander-drozdenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed',
          'mode=paraphrase',
          'channel=news-agency-report',
          'about=a1',
          'date=unresolved/day@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-drozdenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-alexander-drozdenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-alexander-drozdenko',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-alexander-drozdenko',
        ],
      },
    ],
  },
  {
    id: 'europeanpravda-sweden-650m-sek-energy',
    url: 'https://eurointegration.com.ua/eng/news/2024/05/28/7186906',
    outlet: 'European Pravda',
    publishedAt: '2024-05-28',
    text: "The Swedish government has announced the allocation of 650 million Swedish kronor (about US$61 million) to Ukraine to support the country's energy system.\nThe additional support will help to ensure electricity supply, allowing Ukrainian facilities such as schools, hospitals, transportation, water supply, and businesses to continue to operate.",
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=new-sweden',
          'money=exact 650000000 SEK total (61000000 USD)@new-sweden',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-sweden',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-sweden',
        ],
      },
    ],
  },
  {
    id: 'europeanpravda-denmark-250m-dkk-humanitarian',
    url: 'https://eurointegration.com.ua/eng/news/2024/05/28/7186906',
    outlet: 'European Pravda',
    publishedAt: '2024-05-28',
    text: 'On 7 May, Denmark’s Ministry of Foreign Affairs announced a new humanitarian aid package worth 250 million Danish kroner (€33.5 million) to help meet the needs of the Ukrainians most affected by the war.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=new-denmark',
          'money=exact 250000000 DKK total (33500000 EUR)@unnamed/new-denmark',
          'date=2024-05-07..2024-05-07/day@unnamed/new-denmark',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/new-denmark',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2024-05-07..2024-05-07/day@unnamed/new-denmark',
        ],
      },
    ],
  },
  {
    id: 'euromaidan-sweden-116m-winter',
    url: 'https://euromaidanpress.com/2025/12/02/sweden-allocates-116-million-in-winter-aid-package-to-ukraine',
    outlet: 'Euromaidan Press',
    publishedAt: '2025-12-02',
    text: "Sweden announced a new civilian aid package worth over 1.1 billion Swedish kronor ($116 million) to address Ukraine's most urgent recovery and resilience needs, according to the Swedish government.\nThe aid will target immediate needs before and during this winter, as well as strengthen Ukraine's capacity to withstand future winters. The package covers energy supply, repair and restoration of damaged infrastructure, reforms, and healthcare.",
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=new-sweden',
          'money=over 1100000000 SEK total (116000000 USD)@new-sweden',
          'item=@unnamed ~ Energy supply',
          'item=@unnamed ~ Repair and restoration of damaged infrastructure',
          'item=@unnamed ~ Reforms',
          'item=@unnamed ~ Healthcare',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-sweden',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-sweden',
        ],
      },
    ],
  },
  {
    id: 'afp-sumy-32-killed-palm-sunday',
    url: 'https://parissoir.fr/en/Politics/484703-russian-strike-on-city-centre-of-ukraines-sumy-kills-32.html',
    outlet: 'AFP',
    text: "A Russian missile strike on Ukraine's northeastern city of Sumy killed at least 32 people, including two children, and wounded dozens on Sunday, Kyiv said, in the deadliest attack in months.\nEuropean leaders expressed indignation at Moscow's attack on Sumy's city centre, while Ukrainian leader Volodymyr Zelensky, pointing out it happened on Palm Sunday, said: \"Only bastards do this.\"",
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-sumy',
          'weapon=missile',
          'date=unresolved/day@ukraine',
          'killed=at-least 32 scope=ua-sumy@ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
]
