import type { RealPassage } from '../types.ts'

/**
 * Passages 297–303 of the dev set, in its order (see ../dev.ts): the fifteenth round's aid, from
 * outlets in neither split (Antiwar.com, Newsroom Worldwide, Haberler, Magnolia Reporter, the US
 * Department of Defense, The Libertarian Institute, NewsCop) — PURL pledges by a group of givers
 * and per package, a package told twice by a foreign minister, a drawdown "of $1 billion worth"
 * with what it includes, a drawdown "valued at up to", a package unveiled at a press conference
 * and a count of armoured vehicles — gold annotated from the text alone before the extractor was
 * run on them. A bare "$" is read as US dollars, as a reader of the text alone would.
 */
export const part48: readonly RealPassage[] = [
  {
    id: 'antiwar-nordic-baltic-purl-500m',
    url: 'https://news.antiwar.com/2025/11/13/nordic-and-baltic-states-pledge-500-million-to-purchase-us-weapons-for-ukraine',
    outlet: 'Antiwar.com',
    publishedAt: '2025-11-13',
    text: 'A group of eight Baltic and Nordic NATO states announced on Thursday that they were pooling together funds to pledge $500 million to the NATO scheme that funds US arms shipments to Ukraine, known as the Prioritized Ukraine Requirements List, or PURL initiative.\nAccording to numbers released by Ukraine earlier this month, the new package funded by Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway, and Sweden brings the total in PURL funds pledged by NATO countries to about $3.3 billion.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=denmark',
          'donor=estonia',
          'donor=finland',
          'donor=new-iceland',
          'donor=latvia',
          'donor=lithuania',
          'donor=norway',
          'donor=sweden',
          'money=exact 500000000 USD total@unnamed',
          'date=2025-11-13..2025-11-13/day@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2025-11-13..2025-11-13/day@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2025-11-01..2025-11-30/month@ukraine',
        ],
      },
    ],
  },
  {
    id: 'newsroomworldwide-purl-four-packages',
    url: 'https://newsroomworldwide.com/posts/2025/09/30/nato-allies-fuel-ukraine-defense',
    outlet: 'Newsroom Worldwide',
    publishedAt: '2025-09-30',
    text: 'In a significant boost to Ukraine’s defense capabilities, six NATO member countries have collectively contributed over $2 billion through the PURL (Prioritized Ukraine Requirements List) initiative, with six more nations prepared to join the effort. Launched in August by NATO and the United States, the initiative aims to streamline the acquisition of American weapons for Ukraine, including advanced missile systems.\n\nThe Netherlands spearheaded the first defense package, committing $578 million, followed by a joint effort from Denmark, Norway, and Sweden contributing $495 million. Germany pledged $500 million for a subsequent package, while Canada matched this amount for the fourth package.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=netherlands',
          'money=exact 578000000 USD total@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=denmark',
          'donor=norway',
          'donor=sweden',
          'money=exact 495000000 USD total@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a3',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=germany',
          'money=exact 500000000 USD total@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a4',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=canada',
          'money=exact 500000000 USD total@unnamed',
        ],
      },
    ],
  },
  {
    id: 'haberler-netherlands-3-5bn-veldkamp',
    url: 'https://en.haberler.com/the-netherlands-announced-a-support-package-of-3-5-18436434',
    outlet: 'Haberler',
    publishedAt: '2025-03-09',
    text: "The Dutch Foreign Minister Caspar Veldkamp announced that they will provide a new support package worth 3.5 billion euros to Ukraine. The minister condemned Russia's aggressions and emphasized the need for more assistance to protect the people and infrastructure of Ukraine.\nThe Dutch Foreign Minister Caspar Veldkamp announced that his country will provide a new support package worth 3.5 billion euros for military and civilian use to Ukraine.",
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=netherlands',
          'money=exact 3500000000 EUR total@new-caspar-veldkamp',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-caspar-veldkamp',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-caspar-veldkamp',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-caspar-veldkamp',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@new-caspar-veldkamp',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-caspar-veldkamp',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-caspar-veldkamp',
        ],
      },
    ],
  },
  {
    id: 'magnoliareporter-dod-1bn-drawdown-javelin',
    url: 'http://www.magnoliareporter.com/news_and_business/ouachita_county/article_189eec22-1752-11ed-b76f-93f7208941b3.html',
    outlet: 'Magnolia Reporter',
    publishedAt: '2022-08-08',
    text: 'The Department of Defense said Monday that President Biden has authorized a drawdown of $1 billion worth in U.S. military assets for Ukraine’s critical security and defense needs as it battles Russia.\nAssets manufactured in South Arkansas are part of the move.\nThe DOD said the authorization is the administration’s 18th drawdown of equipment from inventories for Ukraine since August 2021. It is the largest single drawdown of U.S. arms and equipment utilizing this authority, and this package provides a significant amount of additional ammunition, weapons, and equipment.\nCapabilities in the package include additional ammunition for High Mobility Artillery Rocket Systems (HIMARS). HIMARS chassis and launchers, and the GMLRS rockets they use, are built by Lockheed Martin in Camden.\nThe drawdown also includes 1,000 Javelin and hundreds of AT4 anti-armor systems.',
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
          'date=2022-08-08..2022-08-08/day@us-defense-department',
          'item=@unnamed ~ Additional ammunition for High Mobility Artillery Rocket Systems (HIMARS)',
          'item=exact 1000 scope=-@unnamed ~ Javelin',
          'item=@unnamed ~ AT4 anti-armor systems',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=us-defense-department',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2022-08-08..2022-08-08/day@us-defense-department',
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
    id: 'dod-36th-drawdown-up-to-325m',
    url: 'https://missiledefenseadvocacy.org/other-news/biden-administration-announces-additional-security-assistance-for-ukraine-2/',
    outlet: 'US Department of Defense',
    text: 'Today, the Department of Defense (DoD) announced critical new security assistance for Ukraine. This includes the authorization of a Presidential Drawdown of security assistance with more ammunition for U.S.-provided HIMARS, artillery rounds, and anti-armor capabilities essential to strengthening Ukraine’s defenders on the battlefield valued at up to $325 million.\nThe Presidential Drawdown is the thirty-sixth such drawdown of equipment from DoD inventories for Ukraine that the Biden Administration has authorized since August 2021.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=united-states',
          'money=at-most 325000000 USD total@unnamed',
          'date=unresolved/day@us-defense-department',
          'item=@unnamed ~ More ammunition for U.S.-provided HIMARS',
          'item=@unnamed ~ Artillery rounds',
          'item=@unnamed ~ Anti-armor capabilities',
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
    id: 'libertarianinstitute-australia-25m-bushmasters',
    url: 'https://libertarianinstitute.org/news-roundup/not-just-sending-our-prayers-australia-announces-new-military-aid-to-ukraine',
    outlet: 'The Libertarian Institute',
    text: 'Australia is set to transfer Bushmaster armored vehicles to Ukraine, Prime Minister Scott Morrison said, fulfilling a request from Ukrainian President Volodymyr Zelensky made just one day prior.\nThough the premier did not specify how many vehicles would be sent or give a timeline for deliveries, he unveiled a new $25 million aid package during a Friday press conference, suggesting it would include more than just the Bushmasters.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=australia',
          'money=exact 25000000 USD total@new-scott-morrison',
          'date=unresolved/day@new-scott-morrison',
          'item=@new-scott-morrison ~ Bushmaster armored vehicles',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-scott-morrison',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-scott-morrison',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-scott-morrison',
          'mode=paraphrase',
          'channel=press-conference',
          'about=a1',
          'date=unresolved/day@new-scott-morrison',
        ],
      },
    ],
  },
  {
    id: 'newscop-australia-30-more-bushmasters',
    url: 'https://newscop.com.au/2022/10/27/australia-to-give-more-support-to-ukraine-in-war-against-russia',
    outlet: 'NewsCop',
    publishedAt: '2022-10-27',
    text: 'Australia will send more Bushmaster vehicles to Ukraine and up to 70 defence force personnel to the UK to train Ukrainian troops.\nThe commitment that includes 30 of the Bushmaster protected mobility vehicles is the latest boost in Australia’s support for Ukraine in their war against Russia.\nAustralia has now committed a total of 90 Bushmasters to the war-torn country.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=australia',
          'item=exact 30 scope=-@unnamed ~ Bushmaster protected mobility vehicles',
        ],
      },
    ],
  },
]
