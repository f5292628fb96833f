import type { RealPassage } from '../types.ts'

/**
 * Passages 125–132 of the dev set, in its order (see ../dev.ts): a third round of passages from
 * outlets in neither split, weighted to aid packages (money, items, who announced them) and to
 * talks (outcomes, aims, sides of three); gold annotated from the text alone before the
 * extractor was run on them.
 */
export const part14: readonly RealPassage[] = [
  {
    id: 'breakinglatest-us-1-3bn-usai-pentagon',
    url: 'https://www.breakinglatest.news/news/united-states-announces-1-3-billion-military-aid-package-for-ukraine/',
    outlet: 'Breaking Latest News',
    publishedAt: '2023-07-21',
    text: 'Washington, D.C. – The United States has revealed a comprehensive military aid package worth $1.3 billion for Ukraine, encompassing air defense capabilities, drones, and various types of ammunition. This move marks a significant step towards fulfilling Ukraine’s urgent requirements while also bolstering the long-term capabilities of its armed forces, as announced by the Pentagon.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 1300000000 USD total@unnamed',
          'item=@unnamed ~ Air defense capabilities',
          'item=@unnamed ~ Drones',
          'item=@unnamed ~ Various types of ammunition',
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
    id: 'euobserve-pentagon-1bn-largest-breasseale',
    url: 'https://euobserve.com/featured/u-s-authorizes-largest-yet-military-package-to-ukraine/',
    outlet: 'EUobserve',
    text: 'The United States has authorized its largest delivery yet of military aid to Ukraine, the Pentagon announced Monday — a $1 billion package of ammunition, weapons and equipment.\n\nThe package specifically includes ammunition for artillery rocket systems, munitions for surface-to-air missile systems, explosives, armored medical vehicles and medical supplies, according to a press release from Acting Pentagon Press Secretary Todd Breasseale.\n\n“To meet Ukraine’s evolving battlefield requirements, the United States will continue to work with its Allies and partners to provide Ukraine with key capabilities,” Breasseale wrote.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 1000000000 USD total@us-defense-department',
          'date=unresolved/day@us-defense-department',
          'item=@new-todd-breasseale ~ Ammunition for artillery rocket systems',
          'item=@new-todd-breasseale ~ Munitions for surface-to-air missile systems',
          'item=@new-todd-breasseale ~ Explosives',
          'item=@new-todd-breasseale ~ Armored medical vehicles',
          'item=@new-todd-breasseale ~ Medical supplies',
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
      {
        kind: 'statement',
        facts: [
          'speaker=new-todd-breasseale',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-todd-breasseale',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-todd-breasseale',
          'mode=quote',
          'channel=official-statement',
          'date=unresolved/day@new-todd-breasseale',
        ],
      },
    ],
  },
  {
    id: 'newsam-biden-1bn-blinken-850m-usai',
    url: 'https://news.am/eng/news/736377.html',
    outlet: 'News.am',
    text: 'US President Joe Biden has signed a memorandum of $1 billion in military aid to Ukraine.\n\nSecretary of State Antony Blinken said the $1 billion aid package would provide Ukraine with expanded air defense and high-precision strike capabilities, as well as additional munitions and critical equipment.\n\nThe Department of Defense is also announcing today $850 million in additional assistance for Ukraine as part of its Ukraine Security Assistance Initiative. This brings total U.S. military assistance to Ukraine to an unprecedented $21.9 billion.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 1000000000 USD total@unnamed',
          'money=exact 1000000000 USD total@new-antony-blinken',
          'item=@new-antony-blinken ~ Expanded air defense capabilities',
          'item=@new-antony-blinken ~ High-precision strike capabilities',
          'item=@new-antony-blinken ~ Additional munitions',
          'item=@new-antony-blinken ~ Critical equipment',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 850000000 USD total@us-defense-department',
          'date=unresolved/day@us-defense-department',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-antony-blinken',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-antony-blinken',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=us-defense-department',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a2',
          'date=unresolved/day@us-defense-department',
        ],
      },
    ],
  },
  {
    id: 'dw-istanbul-wounded-under-25-6000-bodies',
    url: 'https://m-english.webdunia.com/article/deutsche-welle-news/russia-and-ukraine-agree-new-prisoner-exchange-after-talks-125060300007_1.html',
    outlet: 'Deutsche Welle',
    text: 'During negotiations in Istanbul, Ukraine and Russia agreed to exchange all prisoners of war who are severely wounded, as well as all prisoners under the age of 25. They also agreed to exchange the remains of soldiers who were killed.\n"We agreed to exchange all-for-all seriously wounded and seriously sick prisoners of war. The second category is young soldiers who are from 18 to 25 years old — all-for-all. Also we agreed to return 6,000 bodies of fallen soldiers," Ukraine\'s Defense Minister Rustem Umerov told reporters.\nVladimir Medinsky, the lead Russian negotiator, confirmed the agreement on the POW exchange, adding that Russia is planning to swap at least 1,000 soldiers.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=ukraine',
          'party=russia',
          'status=held@unnamed',
          'outcome=agreement@unnamed ~ Exchange all prisoners of war who are severely wounded, as well as all prisoners under the age of 25',
          'outcome=agreement@unnamed ~ Exchange the remains of soldiers who were killed',
          'outcome=agreement@umerov ~ Exchange all-for-all seriously wounded and seriously sick prisoners of war and young soldiers from 18 to 25 years old',
          'outcome=agreement@umerov ~ Return 6,000 bodies of fallen soldiers',
          'outcome=agreement@medinsky ~ POW exchange of at least 1,000 soldiers',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=umerov',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@umerov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=medinsky',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@medinsky',
        ],
      },
    ],
  },
  {
    id: 'prm-abu-dhabi-another-round-procedural',
    url: 'https://prm.ua/en/there-is-progress-new-details-of-the-trilateral-talks-in-abu-dhabi-have-emerged/',
    outlet: 'PRM',
    text: 'Ukraine, the United States, and Russia held another round of talks in Abu Dhabi to resolve the war. The parties made some progress on procedural issues, but key differences remain.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ae-abu-dhabi',
          'round=1',
          'party=ukraine',
          'party=united-states',
          'party=russia',
          'status=held@unnamed',
          'agenda=true@unnamed ~ Resolve the war',
          'outcome=other@unnamed ~ Some progress on procedural issues',
        ],
      },
    ],
  },
  {
    id: 'ria-fidan-next-round-agreed-trt',
    url: 'https://news-pravda.com/world/2025/06/03/1393792.html',
    outlet: 'RIA Novosti',
    publishedAt: '2025-06-03',
    text: 'ISTANBUL, June 3 - RIA Novosti. Russia and Ukraine have agreed on the next round of negotiations, and Turkey expects a meeting, Turkish Foreign Minister Hakan Fidan said.\n"The parties have agreed on the next round of negotiations. We are waiting for this meeting," Fidan said in an interview with the state TV channel TRT Haber.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: ['round=1', 'party=russia', 'party=ukraine', 'status=announced@fidan'],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=fidan',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@fidan',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=fidan',
          'mode=quote',
          'channel=interview',
          'about=t1',
          'date=unresolved/day@fidan',
        ],
      },
    ],
  },
  {
    id: 'intent-brekelmans-90m-drones-nato-ministers',
    url: 'https://intent.press/en/news/world/2025/the-netherlands-pledged-to-allocate-90-million-euros-for-drones-to-ukraine',
    outlet: 'Intent',
    publishedAt: '2025-10-16',
    text: 'Dutch Defense Minister Ruben Brekelmans has announced a new military support package for Ukraine. His country will allocate 90 million euros for the production of drones directly in Ukraine.\nBrekelmans made the announcement on October 15 in Brussels at a meeting of NATO defense ministers.\nThe money will be spent on both reconnaissance and attack drones.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=netherlands',
          'forum=unnamed',
          'money=exact 90000000 EUR total@new-ruben-brekelmans',
          'date=2025-10-15..2025-10-15/day@unnamed',
          'item=@new-ruben-brekelmans ~ Production of drones directly in Ukraine',
          'item=@unnamed ~ Reconnaissance and attack drones',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ruben-brekelmans',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=2025-10-15..2025-10-15/day@new-ruben-brekelmans',
        ],
      },
    ],
  },
  {
    id: 'babel-council-fifth-ukraine-facility-1-8bn',
    url: 'https://babel.ua/en/news/122763-the-european-union-has-approved-a-new-aid-package-for-ukraine-under-the-ukraine-facility-program',
    outlet: 'Babel',
    text: 'The Council of the European Union has approved the fifth disbursement to Ukraine under the Ukraine Facility, amounting to over €1.8 billion.\nThis is stated on the website of the Council of the EU.\nThe European Union noted that the amount reflects Ukraineʼs successful implementation of nine steps required for the fifth tranche, as well as one unfulfilled step from the fourth tranche.\nThe financing is aimed primarily at strengthening Ukraineʼs macro-financial stability and supporting the continuous functioning of public administration.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=european-union',
          'money=over 1800000000 EUR total@new-council-of-the-eu',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-council-of-the-eu',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-council-of-the-eu',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=european-union',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@european-union',
        ],
      },
    ],
  },
]
