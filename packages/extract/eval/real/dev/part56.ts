import type { RealPassage } from '../types.ts'

/**
 * Passages of the dev set's nineteenth round (aid), from outlets in neither split (Trentimes,
 * WNCN, El Nashra, Polskie Radio, Global Politics, UA Position): humanitarian money told by a
 * diplomat, the White House and a European commissioner with the source's own conversion, a
 * winter sum with what it is for "such as" and generators dispatched, a Swedish package told by
 * a prime minister and priced by a defence minister, and a package a parliament approved with
 * what it will include — gold annotated from the text alone before the extractor was run on them.
 * A bare "$" is read as US dollars, as a reader of the text alone would.
 */
export const part56: readonly RealPassage[] = [
  {
    id: 'trentimes-us-205m-humanitarian-blinken',
    url: 'https://trentimes.com/local-news/breaking-news-us-releasing-additional-205m-in-aid-to-ukraine-get-to-know-the-latest-update/',
    outlet: 'Trentimes',
    text: 'The United States has declared an additional $205 million in humanitarian aid to Ukraine to help decrease food shortage, lack of drinking water, and other essential necessities as it fights against Russia’s invasion.\n“We continue to call for an immediate end to Russia’s war of aggression and for Russia to facilitate unhindered access to providers of humanitarian assistance in Ukraine and safe passage for those who seek to move to safer areas,”\nUS top diplomat, Antony Blinken, announced that the aid would be channelled by partner non-governmental organisations in the area to further support victims of the conflict to maintain contact with their separated family members.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 205000000 USD total@united-states',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=united-states',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@united-states',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-antony-blinken',
          'mode=quote',
          'channel=remarks',
          'date=unresolved/day@new-antony-blinken',
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
    ],
  },
  {
    id: 'wncn-white-house-54m-humanitarian',
    url: 'https://www.cbs17.com/russia-ukraine-conflict/us-sending-health-care-drinking-water-to-ukraine-as-part-of-54m-in-additional-assistance/',
    outlet: 'WNCN',
    publishedAt: '2022-02-27',
    text: 'WASHINGTON, D.C. (WNCN) – The White House announced Sunday morning that the United States is sending $54 million in additional humanitarian assistance to Ukraine amid the ongoing attack from Russia.\n\n“This additional assistance will support our partners to provide critically needed health care, safe drinking water, sanitation, hygiene supplies, and protection for vulnerable children,” an official White House statement said. “This includes critical emergency health supplies to meet the needs of hundreds of thousands of people, as well as emergency food assistance to meet the immediate needs of 125,000 people.”',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=united-states',
          'money=exact 54000000 USD total@new-white-house',
          'date=2022-02-27..2022-02-27/part-of-day@new-white-house',
          'item=@new-white-house ~ Critical emergency health supplies',
          'item=@new-white-house ~ Emergency food assistance',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-white-house',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2022-02-27..2022-02-27/part-of-day@new-white-house',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-white-house',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-white-house',
        ],
      },
    ],
  },
  {
    id: 'elnashra-eu-205m-euros-humanitarian-lenarcic',
    url: 'https://newscutters.com/world/259702.html',
    outlet: 'El Nashra',
    text: 'European Commissioner for Crisis Management in the European Union, Janez Lenarczych, said in a statement: “The allocation of 205 million euros (220 million US dollars) in additional humanitarian assistance to Ukraine,” given that “our duty at this moment of crisis is to remain on the sidelines.” the most vulnerable. “With this funding, our humanitarian partners provide food, water, medical care, shelter, protection and cash assistance,” he explained.\nLenarcic, who is currently in the Ukrainian city of Irbin to meet with humanitarian organizations and senior government officials to help coordinate EU action on the ground, said he was “deeply appalled by the atrocities committed there.”',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=european-union',
          'money=exact 205000000 EUR total (220000000 USD)@new-janez-lenarczych',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-janez-lenarczych',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-janez-lenarczych',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-janez-lenarczych',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-janez-lenarczych',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-janez-lenarczych',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@new-janez-lenarczych',
        ],
      },
    ],
  },
  {
    id: 'polskieradio-von-der-leyen-160m-winter',
    url: 'https://www.polskieradio.pl/395/9766/Artykul/3426803,eu-to-allocate-nearly-160-million-euros-in-support-for-ukraine',
    outlet: 'Polskie Radio',
    text: '"We will allocate an additional 160 million euros for this winter," von der Leyen stated, detailing that this amount includes 60 million euros for humanitarian aid such as shelters and heaters, and about 100 million euros for repair and renewable energy projects.\nShe further noted that the 100 million euros will be sourced from frozen Russian assets in the EU, asserting that "Russia should pay for the destruction it has caused."\nVon der Leyen highlighted that the winter goal is to restore 2.5 GW of power in Ukraine, which represents roughly 15% of the country\'s energy requirements.\nAdditionally, she mentioned that more than 10,000 generators and transformers have already been dispatched, and efforts are underway to dismantle a thermal power plant in Lithuania for transport and reactivation in Ukraine.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=european-commission',
          'money=exact 160000000 EUR total@von-der-leyen',
          'item=@von-der-leyen ~ Shelters',
          'item=@von-der-leyen ~ Heaters',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=delivery',
          'category=humanitarian',
          'recipient=ukraine',
          'item=over 10000 scope=-@von-der-leyen ~ Generators and transformers',
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
      {
        kind: 'statement',
        facts: [
          'speaker=von-der-leyen',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@von-der-leyen',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=von-der-leyen',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@von-der-leyen',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=von-der-leyen',
          'mode=paraphrase',
          'channel=remarks',
          'about=a2',
          'date=unresolved/day@von-der-leyen',
        ],
      },
    ],
  },
  {
    id: 'globalpolitics-sweden-tenth-package-archer',
    url: 'https://globalpolitics.info/eu/sweden-to-send-more-weapons-to-ukraine-including-archer-system.html',
    outlet: 'Global Politics',
    text: 'Sweden will increase its support of Ukraine by sending high-tech Archer artillery systems, combat vehicles and anti-tank missiles, Swedish Prime Minister Ulf Kristersson announced at a press conference on Thursday.\nThe Swedish government decided to send the tenth military aid package to Ukraine, composed of 50 combat vehicles, anti-tank missiles and the Archer artillery system. The latter, a highly accurate wheeled artillery system that can be moved and fired quickly, had long been on top of Kyiv’s wish list.\n“It is very much needed right now. Ukraine is warning of new large-scale Russian attacks,” said Kristersson, adding that military support is crucial as Russia seems to think “that time is on their side and that it is a war of attrition.”\nAccording to Swedish Defence Minister Pål Jonson, the military package is worth SEK 4.3 billion (€38.5 million) but does not include the Archer system.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=sweden',
          'date=unresolved/day@new-ulf-kristersson',
          'item=@new-ulf-kristersson ~ High-tech Archer artillery systems',
          'item=@new-ulf-kristersson ~ Combat vehicles',
          'item=@new-ulf-kristersson ~ Anti-tank missiles',
          'item=exact 50 scope=-@unnamed ~ Combat vehicles',
          'item=@unnamed ~ Anti-tank missiles',
          'item=@unnamed ~ Archer artillery system',
          'money=exact 4300000000 SEK total (38500000 EUR)@new-pal-jonson',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ulf-kristersson',
          'mode=paraphrase',
          'channel=press-conference',
          'about=a1',
          'date=unresolved/day@new-ulf-kristersson',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ulf-kristersson',
          'mode=quote',
          'channel=press-conference',
          'about=a1',
          'date=unresolved/day@new-ulf-kristersson',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-pal-jonson',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-pal-jonson',
        ],
      },
    ],
  },
  {
    id: 'uaposition-riksdag-6-2bn-kronor-archer-tanks',
    url: 'https://uaposition.com/latest-news/swedish-parliament-approved-the-transfer-of-tanks-and-archer-artillery-systems-to-ukraine',
    outlet: 'UA Position',
    text: 'The Swedish Parliament (Riksdag) supported the government’s proposal to transfer a new package of military aid to Ukraine on March 23, 2023. It will include Archer self-propelled guns and tanks.\nSource: The Swedish Parliament (Riksdag)\nAccording to the decision, the Swedish government can transfer to Ukraine military equipment and ammunition worth a total of 6.2 billion kroner (554 million euros).\n“These are tanks, artillery pieces of the Archer type and robot system 97, as well as ammunition. In addition, the government may decide on the sale of 14 artillery pieces of the Archer type to Great Britain, as the country has previously donated such artillery pieces to Ukraine,” reported the Swedish Parliament (Riksdag)',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=sweden',
          'date=2023-03-23..2023-03-23/day@new-swedish-parliament',
          'item=@new-swedish-parliament ~ Archer self-propelled guns',
          'item=@new-swedish-parliament ~ Tanks',
          'item=@new-swedish-parliament ~ Robot system 97',
          'item=@new-swedish-parliament ~ Ammunition',
          'money=exact 6200000000 SEK total (554000000 EUR)@new-swedish-parliament',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=delivery',
          'category=military',
          'recipient=ukraine',
          'donor=united-kingdom',
          'item=@new-swedish-parliament ~ Artillery pieces of the Archer type',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-swedish-parliament',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-swedish-parliament',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-swedish-parliament',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'about=a2',
          'date=unresolved/day@new-swedish-parliament',
        ],
      },
    ],
  },
]
