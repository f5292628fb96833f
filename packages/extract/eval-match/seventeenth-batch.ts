import type { Report } from './types.ts'

/**
 * Aid told with a package's parts, years and conversions (issue #14, round 9), from outlets dev
 * had not used, written after the round's scoring changes: Spain's €1 billion for 2024 in its
 * security agreement of 27 May 2024 ("more than €1 billion" with "€5 billion until 2027", "EUR 1
 * billion in 2024", "around one billion euros", "more than 1.1 billion euros ($1.2bn)"), against
 * its new €1 billion package of 24 February 2025 ("1 billion euros ($1.05 billion)", "1,000
 * million euros") — same donor, same round sum, another year; Britain's £2.5 billion for 2024-25
 * announced in Kyiv on 12 January 2024 as "US$3.2 billion", "£2.5 billion (nearly $3.1
 * billion)" or "GBP 2.5 billion", with its £200 million for drones and the £2.3 billion of the
 * years before named beside it. Found through public web archives, restated with each outlet's
 * own figures, names and dates, and labelled from the texts before their first run; sentences
 * recalling the other year's package are left out. Pages without a date of their own take the
 * day their text names (BRF, Atalayar, Mingooland: the signing in Madrid, 27 May 2024; Impact
 * News, Defense Here, Al Siasi, City A.M.: Sunak's Friday in Kyiv, 12 January 2024).
 */
export const seventeenthBatch: readonly Report[] = [
  {
    id: 'ai-es-2024-mingooland',
    kind: 'aid',
    event: 'aid:es:agreement:2024-05-27',
    outlet: 'Mingooland',
    url: 'https://mingooland.com/2024/05/ukraine-gets-e1b-in-arms-and-security-pact-with-spain',
    publishedAt: '2024-05-27',
    split: 'dev',
    text: "Ukraine signed a bilateral security agreement with Spain today during President Volodymyr Zelenskyy's first official visit to Madrid. Spain pledged a package of more than €1 billion in military aid for this year and promised €5 billion until 2027, Zelenskyy said; Prime Minister Pedro Sánchez said Spain is preparing more Patriot missiles and Leopard tanks.",
  },
  {
    id: 'ai-es-2024-ukranews',
    kind: 'aid',
    event: 'aid:es:agreement:2024-05-27',
    outlet: 'Ukrainian News',
    url: 'https://ukranews.com/en/news/1009130-ukraine-signs-security-agreement-with-spain-which-provides-for-eur-1-billion-in-military-aid-in-2024',
    publishedAt: '2024-05-27',
    split: 'dev',
    text: 'Ukraine has signed a security agreement with Spain which provides for EUR 1 billion in military aid to Ukraine in 2024, President Volodymyr Zelenskyy said on Telegram: "This year, Spain will provide Ukraine with EUR 1 billion in military aid. And EUR 5 billion over three years."',
  },
  {
    id: 'ai-es-2024-brf',
    kind: 'aid',
    event: 'aid:es:agreement:2024-05-27',
    outlet: 'BRF',
    url: 'https://brf.be/international/1836271',
    publishedAt: '2024-05-27',
    split: 'dev',
    text: "Ukraine's President Zelensky and Spain's head of government Sánchez signed a security agreement in Madrid. In it Spain promises Ukraine military aid of around one billion euros for this year; Sánchez would not say which weapons systems his country will deliver.",
  },
  {
    id: 'ai-es-2024-maldivesstar',
    kind: 'aid',
    event: 'aid:es:agreement:2024-05-27',
    outlet: 'Maldives Star Plus (Qatar Tribune)',
    url: 'https://www.maldivesstarplus.com/news/ukraine-spain-sign-historic-12bn-security-agreement202405281016080002/',
    publishedAt: '2024-05-28',
    split: 'dev',
    text: 'Ukrainian President Volodymyr Zelensky and Spanish Prime Minister Pedro Sanchez signed a bilateral security agreement in Madrid on Monday. The deal provides for more than 1.1 billion euros ($1.2bn) in aid for Kiev, including anti-aircraft missiles, Leopard tanks and ammunition.',
  },
  {
    id: 'ai-es-2024-atalayar',
    kind: 'aid',
    event: 'aid:es:agreement:2024-05-27',
    outlet: 'Atalayar',
    url: 'https://www.atalayar.com/en/articulo/politics/spain-reaffirms-its-support-for-ukraine-with-multi-million-euro-defence-and-security-agreement/20240527155426200700.html',
    publishedAt: '2024-05-27',
    split: 'dev',
    text: "Madrid is to provide 1 billion euros in military support to Ukraine in 2024 under the bilateral security agreement that Ukraine's President Volodymyr Zelensky and Prime Minister Pedro Sánchez signed at the Moncloa Palace in Madrid on 27 May 2024.",
  },
  {
    id: 'ai-es-2025-sharpnews',
    kind: 'aid',
    event: 'aid:es:package:2025-02-24',
    outlet: 'Sharp News',
    url: 'https://sharpnews.ng/breaking-spain-announces-new-1-billion-euro-aid-package-for-ukraine',
    publishedAt: '2025-02-24',
    split: 'dev',
    text: "Spanish Prime Minister Pedro Sanchez said his country will provide Ukraine with a new military aid package worth 1 billion euros ($1.05 billion) this year. Sanchez made the pledge on Monday in Kyiv during an international meeting on the third anniversary of Russia's invasion.",
  },
  {
    id: 'ai-es-2025-newtelegraph',
    kind: 'aid',
    event: 'aid:es:package:2025-02-24',
    outlet: 'New Telegraph',
    url: 'https://newtelegraphng.com/spanish-pm-announces-new-1bn-euro-aid-package-for-ukraine/',
    publishedAt: '2025-02-24',
    split: 'dev',
    text: 'The Prime Minister of Spain, Pedro Sanchez, said his country will provide Ukraine with a new military aid package worth 1 billion euros this year; according to his office, the package is part of the 10-year bilateral security and defence agreement signed in May 2024.',
  },
  {
    id: 'ai-es-2025-pledgetimes',
    kind: 'aid',
    event: 'aid:es:package:2025-02-24',
    outlet: 'Pledge Times',
    url: 'https://pledgetimes.com/sanchez-announces-that-spain-will-send-one-billion-euros-for-military-aid-to-ukraine-this-2025/',
    publishedAt: '2025-02-24',
    split: 'dev',
    text: 'Prime Minister Pedro Sánchez announced on Monday at the support summit in Kyiv that Spain will send "a new military aid package worth 1,000 million euros" to the Ukrainian people this year.',
  },
  {
    id: 'ai-gb-2024-scmp',
    kind: 'aid',
    event: 'aid:gb:2024-25:2024-01-12',
    outlet: 'South China Morning Post',
    url: 'https://www.scmp.com/news/world/europe/article/3248291/ukraine-war-uks-sunak-gives-strong-signal-kyiv-extra-us32-billion-military-aid',
    publishedAt: '2024-01-12',
    split: 'dev',
    text: 'British Prime Minister Rishi Sunak gave Kyiv an extra US$3.2 billion in military aid for the coming year, about 80 per cent of it for drones: "a new commitment of two and a half billion pounds – more than we\'ve provided in previous years," he told reporters in Kyiv. The package is £200 million higher than the £2.3 billion pledged per year in 2022 and 2023.',
  },
  {
    id: 'ai-gb-2024-impactnews',
    kind: 'aid',
    event: 'aid:gb:2024-25:2024-01-12',
    outlet: 'Impact News (PTI)',
    url: 'https://impactnews.in/british-prime-minister-rishi-sunak-makes-a-surprise-visit-to-ukraine-signs-historic-agreement-on-security-cooperation',
    publishedAt: '2024-01-12',
    split: 'dev',
    text: 'British Prime Minister Rishi Sunak travelled to Kyiv on a surprise visit after unveiling GBP 2.5 billion in military aid to Ukraine for 2024-25, an increase of GBP 200 million on the previous two years; at least GBP 200 million of it will be spent on thousands of military drones.',
  },
  {
    id: 'ai-gb-2024-cityam',
    kind: 'aid',
    event: 'aid:gb:2024-25:2024-01-12',
    outlet: 'City A.M.',
    url: 'https://cityam.com/sunak-in-ukraine-to-unveil-fresh-2-5bn-package-for-putin-fight',
    publishedAt: '2024-01-12',
    split: 'dev',
    text: "Rishi Sunak is in Kyiv on Friday, committing a new £2.5bn military aid package to Ukraine's war against Russia, a £200m upgrade; at least £200m will be used to produce thousands of military drones for Ukraine.",
  },
  {
    id: 'ai-gb-2024-defensehere',
    kind: 'aid',
    event: 'aid:gb:2024-25:2024-01-12',
    outlet: 'Defense Here',
    url: 'https://defensehere.com/en/uk-premier-visits-kyiv-and-unveils-3-1b-military-aid-package-for-ukraine',
    publishedAt: '2024-01-12',
    split: 'dev',
    text: 'UK Prime Minister Rishi Sunak visited Kyiv on Friday, announcing £2.5 billion (nearly $3.1 billion) in military support for Ukraine in the next financial year, including at least £200 million ($255 million) for military drones.',
  },
  {
    id: 'ai-gb-2024-alsiasi',
    kind: 'aid',
    event: 'aid:gb:2024-25:2024-01-12',
    outlet: 'Al Siasi',
    url: 'https://english.alsiasi.com/sunak-pledges-extra-3-2-bln-for-ukraine-on-kyiv-visit',
    publishedAt: '2024-01-12',
    split: 'dev',
    text: 'Visiting British Prime Minister Rishi Sunak on Friday announced £2.5 billion ($3.2 billion) in new military aid for Ukraine, saying it sent a "strong signal" of UK support; at least £200 million of it is for thousands of military drones.',
  },
]
