import type { RealPassage } from '../types.ts'

/**
 * Passages 212–221 of the dev set, in its order (see ../dev.ts): the sixth round's aid, from
 * outlets in neither split — US packages told with "$1.2 billion", "roughly $800 million",
 * "nearly $2.5 billion" and what they include, EU humanitarian money and generators, a military
 * and a humanitarian package in one call — gold annotated from the text alone before the
 * extractor was run on them.
 */
export const part28: readonly RealPassage[] = [
  {
    id: 'obozrevatel-us-1-2bn-package-includes',
    url: 'https://eng.obozrevatel.com/section-war/news-us-announces-new-1-2bn-military-aid-package-for-ukraine-what-it-includes-09-05-2023.html',
    outlet: 'Obozrevatel',
    publishedAt: '2023-05-09',
    text: 'On May 9, the United States announced a new $1.2 billion military aid package for Ukraine. It includes air defence systems, ammunition, and artillery shells.\n\nThe Pentagon announced this on May 9. "Today, the Department of Defence announced a new security assistance package to reaffirm the United States\' continued support for Ukraine, including to strengthen its air defence and meet its artillery ammunition needs," the statement said.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 1200000000 USD total@unnamed',
          'date=2023-05-09..2023-05-09/day@unnamed',
          'item=@unnamed ~ Air defence systems',
          'item=@unnamed ~ Ammunition',
          'item=@unnamed ~ Artillery shells',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=us-defense-department',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2023-05-09..2023-05-09/day@us-defense-department',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=us-defense-department',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@us-defense-department',
        ],
      },
    ],
  },
  {
    id: 'cbs-biden-800m-howitzers-drones',
    url: 'https://sanfrancisco.cbslocal.com/2022/04/21/biden-announces-new-800-million-round-of-military-aid-to-ukraine/',
    outlet: 'CBS News',
    publishedAt: '2022-04-21',
    text: 'WASHINGTON, D.C. (CBS News) — President Biden announced Thursday the U.S. will provide another round of security assistance to Ukraine worth roughly $800 million, as the war with Russia enters in next phase with Russian forces continuing their large-scale offensive to take control of Ukraine’s east.\nThe equipment will “further augment Ukraine’s ability to fight in the east in the Donbas region,” the president told reporters, saying the package includes artillery, dozens of howitzers, 144,000 rounds of ammunition and more tactical drones.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=about 800000000 USD total@biden',
          'date=2022-04-21..2022-04-21/day@biden',
          'item=@biden ~ Artillery',
          'item=@biden ~ Howitzers',
          'item=exact 144000 scope=-@biden ~ Rounds of ammunition',
          'item=@biden ~ Tactical drones',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=biden',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=2022-04-21..2022-04-21/day@biden',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=biden',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@biden',
        ],
      },
    ],
  },
  {
    id: 'voz-pentagon-1bn-largest-delivery',
    url: 'https://voz.us/u-s-provide-1-billion-ukraine/?lang=en',
    outlet: 'Voz',
    text: 'The Department of Defense announced that the United States has authorized the largest delivery of military aid to Ukraine. An item that includes ammunition, weapons and equipment worth US$1 billion.',
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
          'item=@unnamed ~ Ammunition',
          'item=@unnamed ~ Weapons',
          'item=@unnamed ~ Equipment',
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
    id: 'pakobserver-sullivan-2bn-town-hall',
    url: 'https://pakobserver.net/us-announces-additional-2b-in-security-assistance-for-ukraine/',
    outlet: 'Pakistan Observer',
    text: 'US National Security Adviser Jake Sullivan said that the United States will provide Ukraine with a new $2 billion security assistance package. “Today, the United States announced a further $2 billion in security assistance to Ukraine,” Sullivan said during a CNN town hall event on Ukraine.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 2000000000 USD total@new-jake-sullivan',
          'date=unresolved/day@new-jake-sullivan',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-jake-sullivan',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-jake-sullivan',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-jake-sullivan',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-jake-sullivan',
        ],
      },
    ],
  },
  {
    id: 'federalnewswire-biden-nearly-2-5bn',
    url: 'https://thefederalnewswire.com/stories/667256608-biden-announces-2-5-billion-aid-package-for-ukraine-s-defense',
    outlet: 'The Federal Newswire',
    text: 'President Joe Biden has announced a significant security assistance package for Ukraine, amounting to nearly $2.5 billion. This support comes as Ukraine continues its defense against Russian aggression, which began with an intensified assault in February 2022.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=under 2500000000 USD total@biden',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=biden',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@biden',
        ],
      },
    ],
  },
  {
    id: 'hadnews-austin-2-3bn-interceptors',
    url: 'https://hadnews.com/new-2-3-billion-military-aid-package-for-ukraine-to-be-unveiled-by-us/',
    outlet: 'HadNews',
    text: 'The United States is set to unveil a new $2.3 billion military aid package for Ukraine, aimed at providing crucial security assistance to the country in the face of ongoing threats from Russian forces. U.S. Defense Secretary Lloyd Austin made the announcement during a meeting with his Ukrainian counterpart, confirming that the aid would include advanced weaponry such as anti-tank weapons and air defense interceptors.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 2300000000 USD total@unnamed',
          'item=@new-lloyd-austin ~ Anti-tank weapons',
          'item=@new-lloyd-austin ~ Air defense interceptors',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-lloyd-austin',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-lloyd-austin',
        ],
      },
    ],
  },
  {
    id: 'einpresswire-resceu-169-generators-minderoo',
    url: 'https://www.einpresswire.com/article/627759899/ukraine-receives-private-donations-of-generators-channelled-via-resceu-energy-hub',
    outlet: 'EIN Presswire',
    publishedAt: '2023-04-13',
    text: 'A delivery of emergency energy support coordinated via the EU’s private donation scheme has arrived in Ukraine. A total of 169 generators donated by the Minderoo Foundation in Australia have been transported to Ukraine via the rescEU energy hub in Poland.\n\nWorth €1.95 million, these generators come in addition to the 1,000 generators already deployed from the rescEU reserve to Ukraine, as announced at the opening of the hub earlier this year.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=delivery',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=new-minderoo-foundation',
          'money=exact 1950000 EUR total@unnamed',
          'item=exact 169 scope=-@unnamed ~ Generators',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=delivery',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=european-union',
          'item=exact 1000 scope=-@unnamed ~ Generators',
        ],
      },
    ],
  },
  {
    id: 'agensir-commission-110m-humanitarian-moldova',
    url: 'https://www.agensir.it/quotidiano/2023/11/14/eu-commission-additional-e110-million-in-humanitarian-aid-to-support-war-stricken-ukrainians/',
    outlet: 'SIR',
    publishedAt: '2023-11-14',
    text: 'It is against this backdrop that the EU Commission announced a new allocation of €110 million in humanitarian aid, of which €100 million will go to operations in Ukraine and €10 million to support Ukrainian refugees and host communities in Moldova. “This new funding will help the EU’s humanitarian partners to provide essential services like cash assistance, food, water, shelter, healthcare, psychosocial support and protection”. The latest allocation brings the total for EU humanitarian aid in response to Russia’s war in Ukraine to €843 million.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=european-commission',
          'money=exact 100000000 EUR total@unnamed',
        ],
      },
    ],
  },
  {
    id: 'stocksnews-patriot-7-9bn-package',
    url: 'https://app.stocks.news/amp/news/ukraine-to-receive-new-patriot-air-defense-system-in-79bn-us-package',
    outlet: 'Stocks.News',
    text: "The U.S. will offer Ukraine an extra Patriot air defense system in a $7.9 billion aid package. President Biden stated the support aims to strengthen Ukraine's defense against threats.",
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 7900000000 USD total@unnamed',
          'item=exact 1 scope=-@unnamed ~ Patriot air defense system',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=biden',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@biden',
        ],
      },
    ],
  },
  {
    id: 'bunatimes-biden-1bn-and-225m-humanitarian',
    url: 'https://bunatimes.com/world/22966.html',
    outlet: 'Buna Times',
    text: 'US President Joe Biden called on his Ukrainian counterpart Volodymyr Zelensky and announced the provision of another $ 1 billion in security assistance to Ukraine. This was announced on Wednesday, June 15, by the White House press service.\n“I informed President Zelensky that the United States is providing Ukraine with another billion dollars in security, including additional artillery and coastal defense weapons, as well as ammunition for artillery and advanced missile systems, which are needed of Ukrainians to support defense operations in the Donbas, ”Biden said.\nIn addition, Biden announced a $ 225 million humanitarian aid package. The funds, in particular, will be used to supply safe drinking water, essential medical supplies, as well as providing Ukrainians with food, housing and funds for basic needs.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 1000000000 USD total@biden',
          'date=unresolved/day@unnamed/united-states',
          'item=@biden ~ Artillery',
          'item=@biden ~ Coastal defense weapons',
          'item=@biden ~ Ammunition for artillery and advanced missile systems',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 225000000 USD total@biden',
          'item=@unnamed ~ Safe drinking water',
          'item=@unnamed ~ Essential medical supplies',
          'item=@unnamed ~ Food',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=biden',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@biden',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/united-states',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@unnamed/united-states',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=biden',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@biden',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=biden',
          'mode=paraphrase',
          'channel=remarks',
          'about=a2',
          'date=unresolved/day@biden',
        ],
      },
    ],
  },
]
