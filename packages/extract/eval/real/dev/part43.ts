import type { RealPassage } from '../types.ts'

/**
 * Passages 282–286 of the dev set, in its order (see ../dev.ts): the thirteenth round's aid,
 * from outlets in neither split (ERR News, Byri, Emergency Live, The Lithuania Tribune, Waves
 * UA) — a package announced "on Thursday" at a meeting with what it includes, a grant a ministry
 * told of on Facebook, humanitarian aid transferred with what was received, deliveries from three
 * givers told by the recipient's president, and a package's first batch arrived on a named day —
 * gold annotated from the text alone before the extractor was run on them.
 */
export const part43: readonly RealPassage[] = [
  {
    id: 'err-estonia-20m-package-pevkur-kyiv',
    url: 'https://news.err.ee/1609288977/defense-minister-estonia-to-send-20-million-in-military-aid-to-ukraine',
    outlet: 'ERR News',
    text: 'On Thursday, at a meeting in Kyiv with his Ukrainian counterpart Rustem Umerov, Estonian Minister of Defense Hanno Pevkur (Reform) announced that Estonia will send the next package of military aid to Ukraine, worth €20 million. The newest package includes artillery ammunition rounds that are urgently needed to counter Russia\'s aggression.\n"The package includes recoilless anti-tank guns, explosives, various types of artillery ammunition, gas masks, sniper equipment, smaller calibre ammunition and more. We put this package together with a focus on providing the maximum benefit to Ukraine while also making sure as not to diminish Estonian defense readiness," said Minister of Defense Hanno Pevkur.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=estonia',
          'money=exact 20000000 EUR total@new-hanno-pevkur',
          'date=unresolved/day@new-hanno-pevkur',
          'item=@unnamed ~ Artillery ammunition rounds',
          'item=@new-hanno-pevkur ~ Recoilless anti-tank guns',
          'item=@new-hanno-pevkur ~ Explosives',
          'item=@new-hanno-pevkur ~ Various types of artillery ammunition',
          'item=@new-hanno-pevkur ~ Gas masks',
          'item=@new-hanno-pevkur ~ Sniper equipment',
          'item=@new-hanno-pevkur ~ Smaller calibre ammunition',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-hanno-pevkur',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-hanno-pevkur',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-hanno-pevkur',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-hanno-pevkur',
        ],
      },
    ],
  },
  {
    id: 'byri-japan-170m-grant-energy-kubrakov-jica',
    url: 'https://www.byri.net/2023/03/11/japan-will-allocate-more-than-170-million-to-ukraine-the-ministry-of-infrastructure-told-what-the-money-will-go-for/',
    outlet: 'Byri',
    publishedAt: '2023-03-11',
    text: 'Japan will allocate $170 million to Ukraine to restore the energy infrastructure damaged by the Russians. This was stated by the Ministry of Infrastructure on Facebook.\n“The corresponding Grant Agreement was signed by the Vice Prime Minister for the Reconstruction of Ukraine – Minister for the Development of Communities, Territories and Infrastructure Oleksandr Kubrakov and Junichi Yamada, Executive Senior Vice President of the Japan International Cooperation Agency (JICA), coordinating the official assistance of the Japanese government to other states,” — the message says.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=japan',
          'money=exact 170000000 USD total@new-ministry-of-infrastructure',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ministry-of-infrastructure',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-ministry-of-infrastructure',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ministry-of-infrastructure',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-ministry-of-infrastructure',
        ],
      },
    ],
  },
  {
    id: 'emergencylive-france-1000-tons-humanitarian-tymoshenko',
    url: 'https://emergency-live.com/news/ukraine-france-has-transferred-more-than-1000-tons-of-humanitarian-aid-to-kiev',
    outlet: 'Emergency Live',
    text: 'France has transferred humanitarian aid to Ukraine, which included firefighting and rescue vehicles, ambulances, medical equipment, and boat decks\nThis was announced by the deputy head of the Office of the President, Kyrylo Tymoshenko.\nMore than 1,000 tons of aid from France are already in the Romanian city of Suceava and the transfer of goods to Ukraine is underway\n“We have received fire department vehicles, fast ones that allow us to carry out field inspections, medical equipment, equipment for rescuers, foodstuffs,” Tymoshenko said.\nIn addition, Ukraine received boat bridges over 200 meters long .',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=delivery',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=france',
          'item=@new-kyrylo-tymoshenko ~ Firefighting and rescue vehicles',
          'item=@new-kyrylo-tymoshenko ~ Ambulances',
          'item=@new-kyrylo-tymoshenko ~ Medical equipment',
          'item=@new-kyrylo-tymoshenko ~ Boat decks',
          'item=@new-kyrylo-tymoshenko ~ Fire department vehicles',
          'item=@new-kyrylo-tymoshenko ~ Equipment for rescuers',
          'item=@new-kyrylo-tymoshenko ~ Foodstuffs',
          'item=@unnamed ~ Boat bridges over 200 meters long',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-kyrylo-tymoshenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-kyrylo-tymoshenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-kyrylo-tymoshenko',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-kyrylo-tymoshenko',
        ],
      },
    ],
  },
  {
    id: 'lithuaniatribune-munitions-received-canada-poland',
    url: 'https://lithuaniatribune.com/lithuania-hands-over-munitions-elements-to-ukraine/',
    outlet: 'The Lithuania Tribune',
    text: 'On Sunday, Poroshenko told local media that Lithuania had met its promise to provide munitions.\n“We have already received the munitions our partners in Lithuania have promised us. We have received the first dispatch of warm clothes, boots and equipment from Canada, we are still expecting two more airplanes. We have also received a shipment from Poland and other partners,” the Ukrainian president said.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=delivery',
          'category=military',
          'recipient=ukraine',
          'donor=lithuania',
          'item=@new-poroshenko ~ Munitions',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=delivery',
          'category=military',
          'recipient=ukraine',
          'donor=canada',
          'item=@new-poroshenko ~ Warm clothes',
          'item=@new-poroshenko ~ Boots',
          'item=@new-poroshenko ~ Equipment',
        ],
      },
      {
        kind: 'aid',
        id: 'a3',
        facts: ['stage=delivery', 'category=military', 'recipient=ukraine', 'donor=poland'],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-poroshenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-poroshenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-poroshenko',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'about=a2',
          'about=a3',
          'date=unresolved/day@new-poroshenko',
        ],
      },
    ],
  },
  {
    id: 'wavesua-us-200m-first-batch-boryspil-jan-22',
    url: 'https://waves-ua.com/en/2022/01/22/53824/',
    outlet: 'Waves UA',
    publishedAt: '2022-01-22',
    text: 'The first batch of military aid for the Armed Forces of Ukraine in the amount of $200 million arrived in Ukraine from the United States. This was reported by the US Embassy in Ukraine.\n\nThe first of several batches of a $200 million security package for the Ukrainian Armed Forces, which was accepted by President Biden in December, arrived at Kiev’s Boryspil airport on the morning of January 22.\n\nThe cargo includes about 91,000 kilograms of lethal weapons, including ammunition for Ukrainian servicemen on the front lines.\n\n“This assistance … demonstrates the strong commitment of the United States to Ukraine’s sovereign right to self-defense,” the embassy added.\n\nIt is noted that last year the United States provided more than $650 million in security to Ukraine, including this aid package, and over $2.7 billion in security in total since 2014.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=delivery',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 200000000 USD total@new-us-embassy-in-ukraine',
          'money=exact 200000000 USD total@unnamed',
          'date=2022-01-22..2022-01-22/part-of-day@unnamed',
          'item=@unnamed ~ Lethal weapons',
          'item=@unnamed ~ Ammunition for Ukrainian servicemen on the front lines',
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
          'money=exact 200000000 USD total@unnamed',
          'date=2021-12-01..2021-12-31/month@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-us-embassy-in-ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-us-embassy-in-ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-us-embassy-in-ukraine',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-us-embassy-in-ukraine',
        ],
      },
    ],
  },
]
