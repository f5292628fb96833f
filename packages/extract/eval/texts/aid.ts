import type { EvalText } from './types.ts'

/** Other donors, other currencies, a delivery and a disbursement. */
export const aidTexts: readonly EvalText[] = [
  {
    id: 'uk-drones-ramstein',
    publishedAt: '2025-06-04',
    text: 'Britain will provide Ukraine with 100,000 drones this financial year, Defence Secretary John Healey announced at a meeting of the Ukraine Defense Contact Group in Brussels on Wednesday. The package is worth £350 million, the Ministry of Defence said.',
    gold: [
      {
        kind: 'aid',
        id: 'p1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-kingdom',
          'forum=unnumbered',
          'item=exact 100000 scope=-@healey ~ Drones',
          'money=exact 350000000 GBP total@uk-mod',
          'date=2025-06-04..2025-06-04/day@healey',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=healey',
          'mode=paraphrase',
          'channel=remarks',
          'about=p1',
          'date=2025-06-04..2025-06-04/day@healey',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=uk-mod',
          'mode=paraphrase',
          'channel=official-statement',
          'about=p1',
          'date=unresolved/day@uk-mod',
        ],
      },
    ],
  },
  {
    id: 'eu-facility-disbursement',
    publishedAt: '2025-03-12',
    text: 'The European Union has disbursed a further €3.5 billion to Ukraine under its Ukraine Facility, the European Commission said on Wednesday. The money will support Ukraine’s budget and public services, Commission President Ursula von der Leyen wrote on X.',
    gold: [
      {
        kind: 'aid',
        id: 'd1',
        facts: [
          'stage=delivery',
          'category=financial',
          'recipient=ukraine',
          'donor=european-union',
          'money=exact 3500000000 EUR total@european-commission',
          'date=2025-03-12..2025-03-12/day@european-commission',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=european-commission',
          'mode=paraphrase',
          'channel=official-statement',
          'about=d1',
          'date=2025-03-12..2025-03-12/day@european-commission',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=von-der-leyen',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=d1',
          'date=unresolved/day@von-der-leyen',
        ],
      },
    ],
  },
  {
    id: 'iris-t-delivery-norway-kroner',
    publishedAt: '2025-05-20',
    text: 'Germany has delivered another IRIS-T air defence system to Ukraine, Defence Minister Boris Pistorius said on Tuesday. Norway pledged 1.5 billion Norwegian kroner (about $145 million) for Ukrainian drone production, the Norwegian government said.',
    gold: [
      {
        kind: 'aid',
        id: 'd1',
        facts: [
          'stage=delivery',
          'category=military',
          'recipient=ukraine',
          'donor=germany',
          'item=@pistorius ~ IRIS-T air defence system',
          'date=2025-05-20..2025-05-20/day@pistorius',
        ],
      },
      {
        kind: 'aid',
        id: 'p1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=norway',
          'money=exact 1500000000 NOK total (145000000 USD)@unnamed/norway',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=pistorius',
          'mode=paraphrase',
          'channel=remarks',
          'about=d1',
          'date=2025-05-20..2025-05-20/day@pistorius',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/norway',
          'mode=paraphrase',
          'channel=official-statement',
          'about=p1',
          'date=unresolved/day@unnamed/norway',
        ],
      },
    ],
  },
]
