import type { RealPassage } from '../types.ts'

/**
 * Passages 153–157 of the dev set, in its order (see ../dev.ts): a fourth round of aid — packages
 * with items and amounts, loans and a multi-year framework told as a total and as a yearly rate —
 * from outlets in neither split or already on the dev side; gold annotated from the text alone
 * before the extractor was run on them.
 */
export const part18: readonly RealPassage[] = [
  {
    id: 'anadolu-japan-13bn-yen-loan-marchenko',
    url: 'https://nation.com.pk/2022/05/17/japan-loans-100m-to-ukraine-amid-war-with-russia/',
    outlet: 'Anadolu Agency',
    publishedAt: '2022-05-17',
    text: 'Ukraine has inked a 13 billion yen ($100 million) loan agreement with Japan amid the ongoing war with Russia.\n\nThe deal was signed by Ukrainian Finance Minister Sergii Marchenko and Akihiko Tanaka, president of the Japan International Cooperation Agency (JICA).\n\nThe loan is the first part of financial assistance of nearly $300 million agreed between Ukraine and Japan after Russia launched a war on its neighbor on Feb. 24.\n\nThe money “will be directed to the state budget to finance priority expenses,” Marchenko said in a statement on Monday.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=japan',
          'money=exact 13000000000 JPY total (100000000 USD)@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=japan',
          'money=under 300000000 USD total@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-sergii-marchenko',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=2022-05-16..2022-05-16/day@new-sergii-marchenko',
        ],
      },
    ],
  },
  {
    id: 'newsintel-usaid-20bn-era-loan',
    url: 'https://thenewsintel.com/?p=98624',
    outlet: 'The News Intel',
    text: 'On Monday, U.S. Agency for International Development (USAID) Administrator Samantha Power formalized a significant financial commitment to Ukraine, signing an agreement to provide a $20 billion Extraordinary Revenue Acceleration (ERA) loan to the Ukrainian government. This loan is a part of a broader G7 initiative aimed at delivering $50 billion in total financing to address Ukraine’s immediate financial needs in the wake of Russia’s ongoing invasion.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 20000000000 USD total@unnamed',
          'date=unresolved/day@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=new-g7',
          'money=exact 50000000000 USD total@unnamed',
        ],
      },
    ],
  },
  {
    id: 'unb-von-der-leyen-60bn-military-30bn-budget',
    url: 'https://www.greenwatchbd.com/world-news/95034/eu-to-allocate-%E2%82%AC60b-military-%E2%82%AC30b-economic-aid-to-ukraine',
    outlet: 'UNB',
    text: 'Von der Leyen said €60 billion ($70 billion) of the EU loan will go to military support and €30 billion ($35 billion) for budget aid. “With military assistance, Ukraine can stand strong against Russia, and at the same time integrate more closely into Europe’s defense industry,” she said.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=european-union',
          'money=exact 60000000000 EUR total (70000000000 USD)@von-der-leyen',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=european-union',
          'money=exact 30000000000 EUR total (35000000000 USD)@von-der-leyen',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=von-der-leyen',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'about=a2',
          'date=unresolved/day@von-der-leyen',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=von-der-leyen',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@von-der-leyen',
        ],
      },
    ],
  },
  {
    id: 'up-frederiksen-1-7bn-kroner-package',
    url: 'https://www.pravda.com.ua/eng/news/2024/02/22/7443130/',
    outlet: 'Ukrainska Pravda',
    publishedAt: '2024-02-22',
    text: 'The Danish government announced a new military aid package for Ukraine worth DKK 1.7 billion (about US$247.4 million) on 22 February.\n\nSource: Danish Prime Minister Mette Frederiksen at a press conference, quoted by Reuters\n\nDetails: The total amount of aid from Denmark to Ukraine, including this package, will amount to DKK 33.3 billion (abouts US$4.8 billion).',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=denmark',
          'money=exact 1700000000 DKK total (247400000 USD)@new-mette-frederiksen',
          'date=2024-02-22..2024-02-22/day@new-mette-frederiksen',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-mette-frederiksen',
          'mode=paraphrase',
          'channel=press-conference',
          'about=a1',
          'date=2024-02-22..2024-02-22/day@new-mette-frederiksen',
        ],
      },
    ],
  },
  {
    id: 'forcesnews-uk-2-26bn-loan-g7-38bn',
    url: 'https://www.forcesnews.com/ukraine/uk-loan-ukraine-ps22bn-spend-whatever-military-equipment-kyiv-wants',
    outlet: 'Forces News',
    text: "Ukraine is set to receive a £2.26bn loan from the UK to help in its ongoing fight against Vladimir Putin's forces – and Kyiv can choose how to spend it.\nThe money comes as part of a £38.39bn loan package agreed by the G7 group of nations and is financed through the interest on frozen Russian assets.\nUkraine could use the loan to fund air defence, artillery or other military equipment and comes on top of the UK’s existing £3bn-a-year support for Ukraine.",
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=united-kingdom',
          'money=exact 2260000000 GBP total@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=new-g7',
          'money=exact 38390000000 GBP total@unnamed',
        ],
      },
    ],
  },
]
