import type { RealPassage } from '../types.ts'

/**
 * Passages 175–180 of the dev set, in its order (see ../dev.ts): a fifth round of aid — Norwegian
 * air defence and energy money, an EU tranche paid, grants received from two donors at once and a
 * grant agreement approved in Kyiv — gold annotated from the text alone before the extractor was
 * run on them.
 */
export const part22: readonly RealPassage[] = [
  {
    id: 'open4business-norway-nok-1bn-air-defense-iris-t',
    url: 'https://open4business.com.ua/en/tag/air-defense',
    outlet: 'Open4Business',
    text: 'The Norwegian government will allocate an additional NOK 1 billion to finance Ukraine’s air defense, the government’s press service reports.\n“Ukrainians need more air defense to protect the population from Russian bombs and missiles. The brutal attacks we saw last week show why it is so important for Ukrainians to be protected from Russian air attacks. In the fall, together with Germany, Norway will deliver a complete IRIS-T anti-aircraft battery to Ukraine,” Prime Minister Jonas Gahr Støre commented on the decision.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=norway',
          'money=exact 1000000000 NOK total@unnamed/norway',
          'item=@unnamed/norway ~ Air defense',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=norway',
          'donor=germany',
          'item=exact 1 scope=-@store ~ Complete IRIS-T anti-aircraft battery',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/norway',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@unnamed/norway',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=store',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'about=a2',
          'date=unresolved/day@store',
        ],
      },
    ],
  },
  {
    id: 'newsbulletin247-commission-second-installment-1-5bn',
    url: 'https://newsbulletin247.com/world/520029.html',
    outlet: 'News Bulletin 247',
    text: 'The European Commission disbursed today the second installment of the emergency bridge financing to Ukraine, within the framework of the Ukraine Facility, amounting to 1.5 billion euros.\n\nThe disbursement follows the Commission’s positive assessment of agreed policy terms linked to reforms in the judiciary, anti-money laundering, public financial management, business environment and agriculture, as well as requirements reporting to ensure the transparent and efficient use of funding. A general condition for support under the Ukraine Facility is respect for effective democratic mechanisms.\n\nCommission President Ursula von der Leyen said that “Ukraine carries a heavy burden on its shoulders for all of us.”',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=delivery',
          'category=financial',
          'recipient=ukraine',
          'donor=european-commission',
          'money=exact 1500000000 EUR total@unnamed',
          'date=unresolved/day@unnamed',
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
    id: 'rbc-japan-norway-760m-grants-received',
    url: 'https://newsukraine.rbc.ua/news/ukraine-receives-760-million-grant-from-japan-1709126146.html',
    outlet: 'RBC-Ukraine',
    text: 'Ukraine received $760 million from Japan and Norway on a non-refundable basis. The funds will be used to partially compensate for state budget expenditures and other expenses, according to the Ministry of Finance of Ukraine.\n\nUkraine received:\n\n  • $465 million from Japan;\n  • $295 million from Norway.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=delivery',
          'category=financial',
          'recipient=ukraine',
          'donor=japan',
          'money=exact 465000000 USD total@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=delivery',
          'category=financial',
          'recipient=ukraine',
          'donor=norway',
          'money=exact 295000000 USD total@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'about=a2',
          'date=unresolved/day@unnamed/ukraine',
        ],
      },
    ],
  },
  {
    id: 'unn-eide-norway-250m-energy-package',
    url: 'https://unn.ua/en/news/norway-announces-a-new-energy-aid-package-worth-eur-250-million-to-ukraine',
    outlet: 'UNN',
    text: "Norwegian Foreign Minister Espen Barth Eide has announced a decision to provide Ukraine with a new energy aid package of 250 million euros. UNN reports this with reference to the Ministry of Foreign Affairs of Ukraine.\nEspen Barth Eide announces Norway's decision to provide Ukraine with a new energy assistance package to strengthen resilience ahead of winter, totaling EUR 250 million",
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=norway',
          'money=exact 250000000 EUR total@new-espen-barth-eide',
          'money=exact 250000000 EUR total@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-espen-barth-eide',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-espen-barth-eide',
        ],
      },
    ],
  },
  {
    id: 'lb-store-1-5bn-kroner-gas-electricity-ebrd',
    url: 'https://en.lb.ua/news/2023/08/25/22034_norway_allocates_15bn_kroner.html',
    outlet: 'LB.ua',
    publishedAt: '2023-08-25',
    text: "The Norwegian government is allocating 1.5bn Norwegian kroner to secure gas and electricity imports to Ukraine through the European Bank for Reconstruction and Development (EBRD), Norwegian Prime Minister Jonas Har Støre has said at a meeting with Ukrainian Energy Minister Herman Halushchenko, the government portal reports.\nThe delegation visited one of Ukraine's energy facilities, which has been repeatedly subjected to Russian attacks.\nNorway's assistance will be used to repair and maintain critical electricity infrastructure and emergency power supply in areas affected by the fighting, as well as to purchase gas for emergency storage.",
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=norway',
          'money=exact 1500000000 NOK total@store',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=store',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@store',
        ],
      },
    ],
  },
  {
    id: 'newsaz-melnychuk-germany-1bn-grant-approved',
    url: 'https://news.az/news/germany-to-allocate-1-billion-euros-in-grants-for-ukraine',
    outlet: 'News.Az',
    text: 'Ukraine’s Cabinet of Ministers has approved the attraction of a grant of 1 billion euros, which will be provided by the German government, Taras Melnychuk, a government representative in the Verkhovna Rada, said on Telegram, News.Az reports.\n\n"At today\'s meeting [on Tuesday], the attraction of a grant for budget support from Germany in the amount of 1 billion euros was approved. In addition, the draft agreement was approved in accordance with the instrument created by the International Monetary Fund (IMF) for the administrative account for Ukraine for this grant,” Melnychuk said.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=germany',
          'money=exact 1000000000 EUR total@new-taras-melnychuk',
          'date=unresolved/day@new-taras-melnychuk',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-taras-melnychuk',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-taras-melnychuk',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-taras-melnychuk',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-taras-melnychuk',
        ],
      },
    ],
  },
]
