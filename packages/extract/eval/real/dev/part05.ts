import type { RealPassage } from '../types.ts'

/** Passages 45–52 of the dev set, in its order (see ../dev.ts). */
export const part05: readonly RealPassage[] = [
  {
    id: 'ukranews-kramatorsk-station-kyrylenko',
    url: 'https://ukranews.com/en/news/847879-russians-hit-tochka-u-at-railway-station-in-kramatorsk-about-30-killed-over-100-injured',
    outlet: 'Ukrainian News',
    text: 'Russian invaders attacked the railway station in Kramatorsk, Donetsk region. Dozens of people were killed, more than a hundred were injured. This was announced by the head of the Donetsk Regional Military Administration Pavlo Kyrylenko in Telegram.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kramatorsk',
          'injured=over 100 scope=ua-kramatorsk@new-pavlo-kyrylenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-pavlo-kyrylenko',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-pavlo-kyrylenko',
        ],
      },
    ],
  },
  {
    id: 'babel-kramatorsk-kamyshin-two-missiles',
    url: 'https://babel.ua/en/news/77628-russian-troops-launched-a-missile-attack-at-kramatorsk-railway-station-dozens-of-people-were-killed',
    outlet: 'Babel',
    text: 'Russian troops launched a missile strike on Kramatorsk station, where thousands of people were waiting to be evacuated.\nOleksandr Kamyshin, chairman of the board of Ukrzaliznytsia JSC (Ukrainian Railways Company), said that two missiles had hit the station. 30 people were killed and more than 100 were injured.\nThe Head of the Donetsk Oblast State Administration Pavlo Kyrylenko clarified that these were cluster missiles of the Iskander missile complex.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kramatorsk',
          'weapon=missile',
          'effect=damage ua-kramatorsk@new-oleksandr-kamyshin',
          'killed=exact 30 scope=ua-kramatorsk@new-oleksandr-kamyshin',
          'injured=over 100 scope=ua-kramatorsk@new-oleksandr-kamyshin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-oleksandr-kamyshin',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-oleksandr-kamyshin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-pavlo-kyrylenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-pavlo-kyrylenko',
        ],
      },
    ],
  },
  {
    id: 'censor-kramatorsk-tolls-disagree',
    url: 'https://censor.net/en/photo_news/3332406/national_police_on_shelling_of_kramatorsk_railway_station_children_are_among_dead_photo_18',
    outlet: 'Censor.NET',
    publishedAt: '2022-04-08',
    text: 'As noted, on the morning of April 8, the Russian occupiers fired rockets at the Kramatorsk railway station. According to Ukrzaliznytsia, more than 30 people were killed and more than 100 were injured in the shelling. According to the spokeswoman of the head of the Donetsk regional military administration Tetyana Ignatchenko, 27 people died as a result of the shelling of the Kramatorsk railway station.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kramatorsk',
          'weapon=missile',
          'date=2022-04-08..2022-04-08/part-of-day@unnamed',
          'killed=over 30 scope=ua-kramatorsk@new-ukrzaliznytsia',
          'injured=over 100 scope=ua-kramatorsk@new-ukrzaliznytsia',
          'killed=exact 27 scope=ua-kramatorsk@new-tetyana-ignatchenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ukrzaliznytsia',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-ukrzaliznytsia',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-tetyana-ignatchenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-tetyana-ignatchenko',
        ],
      },
    ],
  },
  {
    id: 'artsakhnews-rutte-f16-commit',
    url: 'https://artsakh.news/en/news/273392',
    outlet: 'Artsakh News',
    publishedAt: '2023-08-20',
    text: "The Netherlands and Denmark have said they will definitely give F-16 fighter jets to Ukraine once conditions for the transfer have been met, Dutch Prime Minister Mark Rutte said on Sunday as Ukraine's President Volodymyr Zelenskiy visited his country. Rutte said that the Netherlands has 42 F-16s available in all, but it is too early to say whether all of them will be donated.",
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=netherlands',
          'donor=denmark',
          'item=@rutte ~ F-16 fighter jets',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=rutte',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=2023-08-20..2023-08-20/day@rutte',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=rutte',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@rutte',
        ],
      },
    ],
  },
  {
    id: 'fighterjetsworld-frederiksen-19-f16',
    url: 'https://fighterjetsworld.com/latest-news/netherlands-denmark-sending-61-f-16-fighter-jets-to-ukraine/29173',
    outlet: 'Fighter Jets World',
    text: 'Denmark will donate 19 F-16 fighter jets to Ukraine, Prime Minister Mette Frederiksen said Sunday, hours after a similar offer from the Netherlands.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=denmark',
          'item=exact 19 scope=-@new-mette-frederiksen ~ F-16 fighter jets',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-mette-frederiksen',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-mette-frederiksen',
        ],
      },
    ],
  },
  {
    id: 'worldreportnow-frederiksen-f16-schedule',
    url: 'https://www.worldreportnow.com/news/netherlands-denmark-commit-to-delivering-f-16s-to-ukraine/7099/',
    outlet: 'World Report Now',
    text: 'The Danish Prime Minister, Mette Frederiksen, stated during a joint press conference with Zelenskiy that Denmark would donate a total of 19 F-16 fighter jets. The first six jets are set to be sent to Ukraine at the start of the New Year, followed by eight in 2024 and five the following year.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=denmark',
          'item=exact 19 scope=-@new-mette-frederiksen ~ F-16 fighter jets',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-mette-frederiksen',
          'mode=paraphrase',
          'channel=press-conference',
          'about=a1',
          'date=unresolved/day@new-mette-frederiksen',
        ],
      },
    ],
  },
  {
    id: 'censor-rutte-purl-2bn-shipped',
    url: 'https://censor.net/en/news/3581144/rutte-reveals-purchase-of-u-s-weapons-for-ukraine',
    outlet: 'Censor.NET',
    publishedAt: '2025-10-22',
    text: 'Member states of NATO have already paid for a large batch of U.S. weapons intended for Ukraine through the PURL mechanism, with the total amount reaching at least $2 billion.\nNATO Secretary General Mark Rutte announced this during a press briefing in Washington.\nAccording to him, the weapons purchased with allied funds have already been shipped from the United States.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=delivery',
          'category=military',
          'recipient=ukraine',
          'donor=nato',
          'money=at-least 2000000000 USD total@rutte',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=rutte',
          'mode=paraphrase',
          'channel=press-conference',
          'about=a1',
          'date=unresolved/day@rutte',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=rutte',
          'mode=paraphrase',
          'channel=press-conference',
          'about=a1',
          'date=unresolved/day@rutte',
        ],
      },
    ],
  },
  {
    id: 'censor-purl-four-packages',
    url: 'https://censor.net/en/news/3581144/rutte-reveals-purchase-of-u-s-weapons-for-ukraine',
    outlet: 'Censor.NET',
    publishedAt: '2025-10-22',
    text: 'The PURL initiative (Prioritized Ukraine Requirements List) was launched jointly by NATO and the United States in August 2025. The first package was financed by the Netherlands for $578 million, the second by Denmark, Norway, and Sweden for $495 million, the third by Germany for $500 million, and the fourth, also for $500 million, was announced by Canada. Deliveries for the first two packages began in mid-September.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=netherlands',
          'money=exact 578000000 USD total@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=denmark',
          'donor=norway',
          'donor=sweden',
          'money=exact 495000000 USD total@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a3',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=germany',
          'money=exact 500000000 USD total@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a4',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=canada',
          'money=exact 500000000 USD total@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'd1',
        facts: [
          'stage=delivery',
          'category=military',
          'recipient=ukraine',
          'donor=netherlands',
          'date=2025-09-01..2025-09-30/month@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'd2',
        facts: [
          'stage=delivery',
          'category=military',
          'recipient=ukraine',
          'donor=denmark',
          'donor=norway',
          'donor=sweden',
          'date=2025-09-01..2025-09-30/month@unnamed',
        ],
      },
    ],
  },
]
