import type { RealPassage } from '../types.ts'

/**
 * Passages 169–174 of the dev set, in its order (see ../dev.ts): a fifth round of aid — German
 * packages announced at the Vilnius summit and in Ramstein, a Canadian package that is part of
 * a larger pledge, and a Canadian sum given in dollars of its own — gold annotated from the text
 * alone before the extractor was run on them.
 */
export const part21: readonly RealPassage[] = [
  {
    id: 'airlinesdestinations-germany-600m-vilnius',
    url: 'https://www.airlinesanddestinations.com/berlin-will-supply-600-million-euros-of-additional-military-equipment-to-kyiv/',
    outlet: 'Airlines and Destinations',
    text: 'The German government has put together a new aid package for Ukraine. Worth 600 million euros, it includes air defense launchers, armored combat and infantry vehicles as well as ammunition and drones.\nNew wave of aid to Ukraine on the sidelines of the NATO summit in Vilnius\nBarely a few hours after President Emmanuel Macron’s statement regarding the shipment of Scalp EG cruise missiles to Ukraine (read our article on the subject), German Defense Minister Boris Pistorius announced a new package of help to Kiev attention. Worth 600 million euros, it “serves the priorities of Ukraine: air defence, tanks, artillery” according to the German minister.',
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
          'money=exact 600000000 EUR total@unnamed',
          'money=exact 600000000 EUR total@pistorius',
          'item=@unnamed ~ Air defense launchers',
          'item=@unnamed ~ Armored combat vehicles',
          'item=@unnamed ~ Infantry vehicles',
          'item=@unnamed ~ Ammunition',
          'item=@unnamed ~ Drones',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=france',
          'item=@unnamed ~ Scalp EG cruise missiles',
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
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@pistorius',
        ],
      },
    ],
  },
  {
    id: 'babel-pistorius-700m-vilnius-list',
    url: 'https://babel.ua/en/news/96143-germany-will-give-another-700-million-aid-to-ukraine-here-is-the-list-of-military-package',
    outlet: 'Babel',
    text: 'Germany has confirmed the transfer to Ukraine of a new aid package for Ukraine with a total value of about €700 million.\nThis was stated by German Defense Minister Boris Pistorius during the NATO summit in Vilnius.\nAccording to him, the new aid package is "an important contribution to strengthening Ukraineʼs ability to withstand war."\nThis time, Germany is handing Ukraine two Patriot launchers, 40 Marder infantry fighting vehicles, 25 Leopard 1A5 tanks, one Luna unmanned system and five Bergepanzer 2 repair vehicles. Ukraine will also receive 20 000 artillery ammunition.',
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
          'money=about 700000000 EUR total@pistorius',
          'item=exact 2 scope=-@unnamed ~ Patriot launchers',
          'item=exact 40 scope=-@unnamed ~ Marder infantry fighting vehicles',
          'item=exact 25 scope=-@unnamed ~ Leopard 1A5 tanks',
          'item=exact 1 scope=-@unnamed ~ Luna unmanned system',
          'item=exact 5 scope=-@unnamed ~ Bergepanzer 2 repair vehicles',
          'item=exact 20000 scope=-@unnamed ~ Artillery ammunition',
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
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@pistorius',
        ],
      },
    ],
  },
  {
    id: 'worldmonitor-pistorius-400m-ammunition',
    url: 'https://www.theworldmonitor.com/germany-to-send-e400-million-in-aid-to-ukraine',
    outlet: 'The World Monitor',
    text: 'German Defence Minister, Boris Pistorius, has unveiled plans for a EUR 400 million defense aid package to support Ukraine against Russian incursions.\nPistorius highlighted that the military aid primarily consists of explosive, mortar, and missile ammunition, citing the significant need for ammunition in Ukraine’s defense against the ongoing conflict.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=germany',
          'money=exact 400000000 EUR total@pistorius',
          'item=@pistorius ~ Explosive ammunition',
          'item=@pistorius ~ Mortar ammunition',
          'item=@pistorius ~ Missile ammunition',
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
    id: 'republicworld-pistorius-spring-package-ramstein',
    url: 'https://www.republicworld.com/world-news/russia-ukraine-crisis/germany-set-to-provide-1-billion-euro-spring-military-aid-package-for-ukraine-articleshow.html',
    outlet: 'Republic World',
    publishedAt: '2023-01-21',
    text: 'In what may appear to be major defence assistance for the war-ravaged Ukraine, Germany is preparing to provide another €1 billion to Ukraine under a "spring package." The announcement was made by the new German Minister of Defense, Boris Pistorius, after a meeting of the Contact Group on the Defense of Ukraine in Ramstein, Germany on Friday.\n\n"We are talking in general about a spring package worth more than 1 billion euros," Pistorius informed.\n\nNotably, the package will include a Patriot missile system, seven Patriot anti-aircraft self-propelled artillery pieces, an Iris-T anti-aircraft missile complex, and additional guided missiles.',
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
          'money=exact 1000000000 EUR total@pistorius',
          'money=over 1000000000 EUR total@pistorius',
          'date=2023-01-20..2023-01-20/day@pistorius',
          'item=@unnamed ~ Patriot missile system',
          'item=exact 7 scope=-@unnamed ~ Patriot anti-aircraft self-propelled artillery pieces',
          'item=@unnamed ~ Iris-T anti-aircraft missile complex',
          'item=@unnamed ~ Additional guided missiles',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=pistorius',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=2023-01-20..2023-01-20/day@pistorius',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=pistorius',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@pistorius',
        ],
      },
    ],
  },
  {
    id: 'jang-blair-64-8m-cad-part-of-500m',
    url: 'https://jang.com.pk/en/23150-canada-unveils-major-military-aid-package-for-ukraine-amid-conflict-with-russia-news',
    outlet: 'Jang',
    publishedAt: '2024-10-18',
    text: 'Canada recently announced a major military help for Ukraine during the ongoing conflict with Russia.\nAs per multiple outlets, Defence Minister Bill Blair said in a statement on Friday, October 18, that Canada is set to deliver a C$64.8 million ($47 million) military aid package.\nThis plan includes providing small arms, ammunition, and protective gear and funding to train Ukrainian soldiers.\nThe aid package is part of a C$500 million military assistance pledged by Prime Minister Justin Trudeau in July, this year.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=canada',
          'money=exact 64800000 CAD total (47000000 USD)@new-bill-blair',
          'date=2024-10-18..2024-10-18/day@new-bill-blair',
          'item=@unnamed ~ Small arms',
          'item=@unnamed ~ Ammunition',
          'item=@unnamed ~ Protective gear',
          'item=@unnamed ~ Funding to train Ukrainian soldiers',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=canada',
          'money=exact 500000000 CAD total@unnamed',
          'date=2024-07-01..2024-07-31/month@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-bill-blair',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2024-10-18..2024-10-18/day@new-bill-blair',
        ],
      },
    ],
  },
  {
    id: 'ria-canada-34m-cad-anand-virtual-meeting',
    url: 'https://cmio.org/en/world/814405-canada-allocates-additional-military-assistance-to-ukraine',
    outlet: 'RIA Novosti',
    publishedAt: '2022-11-17',
    text: 'WASHINGTON, November 17 – RIA Novosti. Canada is providing 34 million Canadian dollars ($25.5 million) in additional military assistance to Ukraine, the Defense Department has announced.\n“Canada will provide about $34 million in additional military assistance to Ukraine,” the press release says.\nCanadian Defense Minister Anita Anand assumed the corresponding obligations at a virtual meeting of countries providing military assistance to Ukraine.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=canada',
          'forum=unnamed',
          'money=exact 34000000 CAD total (25500000 USD)@unnamed/canada',
          'money=about 34000000 CAD total@unnamed/canada',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/canada',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@unnamed/canada',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/canada',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@unnamed/canada',
        ],
      },
    ],
  },
]
