import type { RealPassage } from '../types.ts'

/**
 * Passages 146–152 of the dev set, in its order (see ../dev.ts): a fourth round of aid — packages
 * with items and amounts, loans and a multi-year framework told as a total and as a yearly rate —
 * from outlets in neither split or already on the dev side; gold annotated from the text alone
 * before the extractor was run on them.
 */
export const part17: readonly RealPassage[] = [
  {
    id: 'censor-scholz-1-1bn-howitzers-skynex',
    url: 'https://m.censor.net/en/news/3473839/germany_is_preparing_new_package_of_military_aid_to_ukraine_worth_1_billion_euros_scholz',
    outlet: 'Censor.NET',
    publishedAt: '2024-02-16',
    text: 'German Chancellor Olaf Scholz spoke about the preparation of a new military aid package for Ukraine\nAccording to Censor.NET, he said this during a press conference with Volodymyr Zelenskyy.\n"Today we are preparing a new aid package. It is 1.1 billion euros. This includes 36 armored and wheeled howitzers from industrial stocks, 120 thousand pieces of ammunition, 2 Skynes systems (anti-aircraft artillery system - Ed.) and missiles for IRIS-T," the chancellor said.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=germany',
          'money=exact 1100000000 EUR total@scholz',
          'item=exact 36 scope=-@scholz ~ Armored and wheeled howitzers',
          'item=exact 120000 scope=-@scholz ~ Pieces of ammunition',
          'item=exact 2 scope=-@scholz ~ Skynes systems',
          'item=@scholz ~ Missiles for IRIS-T',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=scholz',
          'mode=paraphrase',
          'channel=press-conference',
          'about=a1',
          'date=unresolved/day@scholz',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=scholz',
          'mode=quote',
          'channel=press-conference',
          'about=a1',
          'date=unresolved/day@scholz',
        ],
      },
    ],
  },
  {
    id: 'ukrainiannews-pistorius-500m-ramstein-shells',
    url: 'https://ukranews.com/en/news/992944-germany-promises-new-aid-package-for-ukraine-for-eur-500-million',
    outlet: 'Ukrainian News',
    text: 'German Defense Minister Boris Pistorius has promised new assistance to Ukraine for EUR 500 million.\n\nHe said this during the Ramstein meeting, Tagesschau reports.\n\nPistorius said that this concerns additional supplies of ammunition - 10,000 artillery shells from Bundeswehr warehouses.\n\nThe new aid package will also include 100 armored vehicles for infantry and 100 transport vehicles.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=germany',
          'forum=unnamed',
          'money=exact 500000000 EUR total@pistorius',
          'item=exact 10000 scope=-@pistorius ~ Artillery shells from Bundeswehr warehouses',
          'item=exact 100 scope=-@unnamed ~ Armored vehicles for infantry',
          'item=exact 100 scope=-@unnamed ~ Transport vehicles',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=pistorius',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@pistorius',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=pistorius',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@pistorius',
        ],
      },
    ],
  },
  {
    id: 'dailysabah-eu-2bn-shells-one-million-rounds',
    url: 'https://ipeclub.co/european-union-to-provide-e2-billion-military-assistance-package-to-ukraine/',
    outlet: 'Daily Sabah',
    text: 'European Union foreign ministers on Monday agreed to a 2 billion-euro ($2.14 billion) plan to raid their stockpiles and jointly purchase desperately needed artillery shells for Ukraine, diplomats said.\n\nDiplomats said the 27-nation bloc is aiming to supply 1 million rounds to Ukraine over the next 12 months as Kyiv pleads for more firepower to fight off a grinding Russian offensive.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=european-union',
          'money=exact 2000000000 EUR total (2140000000 USD)@unnamed',
          'date=unresolved/day@unnamed',
          'item=@unnamed ~ Artillery shells',
          'item=exact 1000000 scope=-@unnamed ~ Rounds',
        ],
      },
    ],
  },
  {
    id: 'onlineua-sweden-75bn-kroner-three-years',
    url: 'https://news.online.ua/en/swedens-government-approves-7-bn-in-military-support-for-ukraine-878894/',
    outlet: 'Online.ua',
    publishedAt: '2024-05-22',
    text: "The Swedish government has agreed with the pro-government Sweden Democrats on a program of additional military support for Ukraine totaling 75 billion kroner ($7.01 billion) over three years.\n$7 billion in aid will be distributed evenly over three years\nWith this proposal, Sweden's total military and civilian support to Ukraine will amount to over SEK 100 billion.",
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=sweden',
          'money=exact 75000000000 SEK total (7010000000 USD)@unnamed',
        ],
      },
    ],
  },
  {
    id: 'bloomberg-sweden-25bn-kronor-annually',
    url: 'https://consulateofswedenarizona.com/2024/05/22/sweden-plans-7-billion-in-military-aid-to-ukraine-for-2024-2026/',
    outlet: 'Bloomberg',
    publishedAt: '2024-05-22',
    text: 'The Swedish government will provide Ukraine with military support worth 25 billion kronor ($2.3 billion) annually under a new three-year framework announced Wednesday. The military aid in the 2024-2026 period could take the form of equipment donations as well as financial contributions and support for procurement of defense materials, the government said in a statement. “Sweden will support Ukraine’s struggle for as long as it takes,” it said.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=sweden',
          'date=2024-05-22..2024-05-22/day@unnamed',
          'period=2024-01-01..2026-12-31/year@unnamed/sweden',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/sweden',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@unnamed/sweden',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/sweden',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@unnamed/sweden',
        ],
      },
    ],
  },
  {
    id: 'babel-denmark-23rd-package-281m-f16',
    url: 'https://babel.ua/en/news/113765-ukraine-will-receive-over-281-million-from-denmark',
    outlet: 'Babel',
    publishedAt: '2024-12-19',
    text: 'Denmark allocates the 23rd military aid package for Ukraine worth over €281 million.\n\nThis was reported by the Danish Ministry of Defense.\n\nThis military aid package is aimed at strengthening Ukraineʼs air defenses. In particular, it includes a financial contribution to the operation of F-16 fighter jets in Ukraine.\n\n"One of Ukraineʼs most pressing needs right now is the ability to defend itself against Russian air strikes. Thatʼs why we are prioritizing greater support for air defense," said Danish Defense Minister Trels Lund Poulsen.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=denmark',
          'money=over 281000000 EUR total@new-danish-ministry-of-defense',
          'item=@unnamed ~ Financial contribution to the operation of F-16 fighter jets in Ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-danish-ministry-of-defense',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-danish-ministry-of-defense',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-trels-lund-poulsen',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-trels-lund-poulsen',
        ],
      },
    ],
  },
  {
    id: 'babel-denmark-1-3bn-kroner-shells-share',
    url: 'https://babel.ua/en/news/95780-denmark-allocated-almost-175-million-to-help-ukraine',
    outlet: 'Babel',
    publishedAt: '2023-06-30',
    text: 'Denmark has announced a new package of military aid to Ukraine worth 1.3 billion Danish kroner (approximately $190 million).\n\nThis was reported by the countryʼs defense department.\n\nThe military package includes missiles for air defense systems. A total of 300 million Danish kroner (almost $44 million) from this aid package will go towards the joint procurement of artillery shells for the Defense Forces of Ukraine.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=denmark',
          'money=exact 1300000000 DKK total (190000000 USD)@unnamed/denmark',
          'item=@unnamed ~ Missiles for air defense systems',
          'item=@unnamed ~ Joint procurement of artillery shells',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/denmark',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@unnamed/denmark',
        ],
      },
    ],
  },
]
