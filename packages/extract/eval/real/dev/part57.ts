import type { RealPassage } from '../types.ts'

/**
 * Passages of the dev set's nineteenth round (aid), from outlets in neither split (Turan,
 * Ukraine Rebuild News, Kyodo News, The Globe and Mail, UBN, Euractiv): Ukraine Facility
 * payments approved "over €4.2 billion" and "€3.5 billion" beside the facility's "up to €50
 * billion", an instalment disbursed, transformers handed over, a "$1-billion loan" offered in a
 * budget, tranches of frozen-asset revenue told by the EU's foreign policy chief, and PURL
 * contributions told as a list with sums in brackets ("Canada ($500m)") — gold annotated from
 * the text alone before the extractor was run on them. A bare "$" is read as US dollars.
 */
export const part57: readonly RealPassage[] = [
  {
    id: 'turan-council-second-payment-ukraine-facility',
    url: 'https://turan.az/en/politics/council-approves-second-payment-of-over-eur42-billion-under-the-ukraine-facility-787986',
    outlet: 'Turan',
    text: "Ukraine will soon receive over €4.2 billion in funds after the Council greenlighted the second regular payment of grants and loans under the EU's Ukraine Facility, to support Ukraine's macro-financial stability and the functioning of its public administration, the message of the Council of the European Union dated December 9.\nThe Ukraine Plan sets out Ukraine’s intentions regarding the recovery, reconstruction and modernisation of the country and the reforms it plans to undertake as part of its EU accession process in the next four years.\nIn May 2024 the Council concluded that the Ukraine Plan fulfilled the preconditions for Ukraine to receive up to €50 billion in support under the Ukraine Facility, and in August the first EU instalment was disbursed.",
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=european-union',
          'money=over 4200000000 EUR total@new-council-of-the-european-union',
          'date=unresolved/day@new-council-of-the-european-union',
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
          'money=at-most 50000000000 EUR total@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a3',
        facts: [
          'stage=delivery',
          'category=financial',
          'recipient=ukraine',
          'donor=european-union',
          'date=2024-08-01..2024-08-31/month@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-council-of-the-european-union',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-council-of-the-european-union',
        ],
      },
    ],
  },
  {
    id: 'ukrainerebuild-council-third-payment-3-5bn',
    url: 'https://ukrainerebuildnews.com/european-council-greenlights-about-eu3-5-billion-in-third-payment-to-ukraine-2',
    outlet: 'Ukraine Rebuild News',
    text: 'The European Council said it has approved €3.5 billion as a third payment of repayable grants and loans to Ukraine under the €50 billion Ukraine Facility.\nThe approval follows the Council\'s assessment that Ukraine "had satisfied the necessary conditions laid down in the Ukraine Plan," according to a press release.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=european-union',
          'money=exact 3500000000 EUR total@new-european-council',
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
          'money=exact 50000000000 EUR total@new-european-council',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-european-council',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'about=a2',
          'date=unresolved/day@new-european-council',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-european-council',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-european-council',
        ],
      },
    ],
  },
  {
    id: 'kyodo-japan-two-transformers-handed-over',
    url: 'https://english.kyodonews.net/news/2023/10/3ad1fac509c8-japan-funded-electrical-transformers-handed-to-ukraine-before-winter.html',
    outlet: 'Kyodo News',
    text: "Two high-power electrical transformers were formally handed over to Ukraine on Thursday ahead of winter, the latest support provided by Japan to the war-torn country that has seen energy infrastructure destroyed by Russian forces.\n\nA ceremony marking the delivery of the autotransformers via a U.N. Development Program project was held at a power facility in central Ukraine, with Japan vowing to help restore the Eastern European nation's electricity supply to keep people warm.",
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=delivery',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=japan',
          'date=unresolved/day@unnamed',
          'item=exact 2 scope=-@unnamed ~ High-power electrical transformers',
        ],
      },
    ],
  },
  {
    id: 'globeandmail-canada-1bn-loan-imf-account',
    url: 'https://www.theglobeandmail.com/canada/article-federal-budget-2022-ukraine-russia-1-billion-loan/',
    outlet: 'The Globe and Mail',
    text: 'The federal government is proposing to assist Ukraine’s war-ravaged economy by offering a $1-billion loan through a new Canada-led international financial program.\n\nIn the budget tabled on Thursday, the Liberal government outlined its plan to offer the additional loan resources through a new administered account at the International Monetary Fund (IMF) to help the Ukrainian government continue to operate.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=canada',
          'money=exact 1000000000 USD total@unnamed',
          'date=unresolved/day@unnamed',
        ],
      },
    ],
  },
  {
    id: 'ubn-borrell-second-tranche-russian-assets',
    url: 'https://ubn.news/ukraine-will-receive-the-second-tranche-of-eu-aid-from-the-proceeds-of-russian-federation-assets-by-march-2025',
    outlet: 'UBN',
    text: 'Ukraine will receive the second tranche of EU aid from the proceeds of Russian Federation assets by March 2025\n, promises the head of European diplomacy, Josep Borrell. He also notes that the European Union has already allocated the first €1.4B tranche of revenue from frozen Russin assets through the European Peace Fund to provide military support for Ukraine.\nPart of this sum will go directly to Ukraine “to give impetus to the Ukrainian defense industry.”',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: ['stage=pledge', 'category=military', 'recipient=ukraine', 'donor=european-union'],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=european-union',
          'money=exact 1400000000 EUR total@new-josep-borrell',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-josep-borrell',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-josep-borrell',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-josep-borrell',
          'mode=paraphrase',
          'channel=remarks',
          'about=a2',
          'date=unresolved/day@new-josep-borrell',
        ],
      },
    ],
  },
  {
    id: 'euractiv-purl-luxembourg-belgium-list',
    url: 'https://www.europesays.com/uk/?p=393842',
    outlet: 'Euractiv',
    text: 'Frieden suggested that Luxembourg will not fund an entire $500 million package alone, but is looking for partners. He did not specify how much Luxembourg is willing to contribute\n“We will finance the package together with other countries which we still have to identify, a package of already available arms, to a large extend US arms, that we will provide to Ukraine,” he explained.\nBelgium announced €100 million in funding on Friday, while Canada ($500m), Germany ($500m) and Lithuania ($30m) all contributed to PURL in August.\nThe Netherlands also pledged funding for an entire $500 million package earlier in the summer, while Denmark, Norway and Sweden announced plans to jointly fund a $500 million installment.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: ['stage=pledge', 'category=military', 'recipient=ukraine', 'donor=new-luxembourg'],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=belgium',
          'money=exact 100000000 EUR total@belgium',
          'date=unresolved/day@belgium',
        ],
      },
      {
        kind: 'aid',
        id: 'a3',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=canada',
          'money=exact 500000000 USD total@unnamed',
          'date=unresolved/month@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a4',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=germany',
          'money=exact 500000000 USD total@unnamed',
          'date=unresolved/month@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a5',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=lithuania',
          'money=exact 30000000 USD total@unnamed',
          'date=unresolved/month@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a6',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=netherlands',
          'money=exact 500000000 USD total@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a7',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=denmark',
          'donor=norway',
          'donor=sweden',
          'money=exact 500000000 USD total@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-frieden',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-frieden',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=belgium',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a2',
          'date=unresolved/day@belgium',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-frieden',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-frieden',
        ],
      },
    ],
  },
]
