import type { RealPassage } from '../types.ts'

/**
 * Passages 304–309 of the dev set, in its order (see ../dev.ts): the fifteenth round's aid, from
 * outlets in neither split (Brussels Morning, Fact News, FundsforNGOs, Yonhap, Accent News, The
 * Global Frontier) — a Ukraine Facility tranche with a typo in its currency and a quoted "nearly
 * €4.2 bn", a loan told "more than $3 billion" and in yen by a newspaper, EU humanitarian money,
 * "US$3 million worth" said by a foreign ministry, and deliveries of tanks told by a minister, a
 * spokesman and a news agency — gold annotated from the text alone before the extractor was run
 * on them.
 */
export const part49: readonly RealPassage[] = [
  {
    id: 'brusselsmorning-ukraine-facility-first-4-2bn',
    url: 'https://brusselsmorning.com/?p=51965',
    outlet: 'Brussels Morning',
    text: 'Brussels (The Brussels Morning Newspaper) – The Committee of Permanent Representatives of EU Member States assumed an executive decision on transferring to Ukraine the first tranche of economic support in the amount of EIR 4.2 billion, within the framework of the Ukraine Facility in the multi-year EU budget 2024-2027.\nWhat Is the Latest Tranche of EU Support for Ukraine?\nAccording to the press service of the Hungarian Presidency of the EU: “Today, Ambassadors adopted the first instalment under the Ukraine Plan of the Ukraine Facility Regulation, paving the way for the transfer of nearly €4.2 bn to support Ukraine’s recovery, reconstruction, and modernisation,” the statement reads.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=european-union',
          'money=exact 4200000000 EUR total@unnamed',
          'money=under 4200000000 EUR total@new-hungarian-presidency-of-the-eu',
          'date=unresolved/day@new-hungarian-presidency-of-the-eu',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-hungarian-presidency-of-the-eu',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-hungarian-presidency-of-the-eu',
        ],
      },
    ],
  },
  {
    id: 'factnews-japan-3bn-era-loan-yen-nikkei',
    url: 'https://fact-news.com.ua/en/japan-to-transfer-3bn-of-frozen-russian-assets-to-ukraine-as-part-of-g7-loan/',
    outlet: 'Fact News',
    text: 'Japan will provide Ukraine with more than $3 billion as part of a $50 billion loan from the Group of Seven countries, which will be repaid from the frozen assets of the Russian central bank. This was announced by Prime Minister of Ukraine Denys Shmyhal.\n\nAccording to the Nikkei, the funds, equivalent to 471.9 billion yen, will be provided by the Japan International Cooperation Agency (JICA) through the World Bank fund. The condition of the Japanese contribution is that these funds will not be used for military purposes.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=japan',
          'money=over 3000000000 USD total@shmyhal',
          'money=exact 471900000000 JPY total@new-nikkei',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=pledge',
          'category=financial',
          'recipient=ukraine',
          'donor=new-group-of-seven',
          'money=exact 50000000000 USD total@shmyhal',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=shmyhal',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'about=a2',
          'date=unresolved/day@shmyhal',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-nikkei',
          'mode=paraphrase',
          'channel=article',
          'about=a1',
          'date=unresolved/day@new-nikkei',
        ],
      },
    ],
  },
  {
    id: 'fundsforngos-commission-40m-winter',
    url: 'https://news.fundsforngos.org/2025/09/15/eu-provides-e40-million-to-protect-ukraine-civilians-from-harsh-winter',
    outlet: 'FundsforNGOs',
    publishedAt: '2025-09-15',
    text: 'The European Commission is providing an additional €40 million in humanitarian funding to support Ukrainians as they face a fourth winter under the ongoing war of aggression by Russia. This funding aims to enhance Ukraine’s winter preparedness and protect civilians from extreme cold conditions.\nEU humanitarian aid partners will use the funding to provide shelter materials, repair homes and centres for displaced people, and improve access to water, sanitation, and heating.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=european-commission',
          'money=exact 40000000 EUR total@unnamed',
        ],
      },
    ],
  },
  {
    id: 'yonhap-korea-3m-winter-humanitarian',
    url: 'https://m-en.yna.co.kr/view/AEN20221213007800325',
    outlet: 'Yonhap',
    publishedAt: '2022-12-13',
    text: 'SEOUL, Dec. 13 (Yonhap) -- South Korea plans to contribute US$3 million worth of additional humanitarian aid to Ukraine to assist the people of the war-torn nation in coping with severe cold weather during the winter, Seoul\'s foreign ministry said Tuesday.\nThe plan will be officially announced at an international conference on assisting Ukraine\'s private recovery scheduled to be held Tuesday (local time) in Paris, according to the ministry.\n"We expect our support will be of practical help to the people of Ukraine and its refugees, and we plan to continue providing humanitarian aid in the future," the ministry said.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=humanitarian',
          'recipient=ukraine',
          'donor=new-south-korea',
          'money=exact 3000000 USD total@unnamed/new-south-korea',
          'date=2022-12-13..2022-12-13/day@unnamed/new-south-korea',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/new-south-korea',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=2022-12-13..2022-12-13/day@unnamed/new-south-korea',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/new-south-korea',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@unnamed/new-south-korea',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/new-south-korea',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@unnamed/new-south-korea',
        ],
      },
    ],
  },
  {
    id: 'accentnews-poland-first-leopards-delivered',
    url: 'https://accentnews.ge/en/article/82212-pirveli-leopard-2-ebi-ukve-ukrainashia',
    outlet: 'Accent News',
    publishedAt: '2023-02-24',
    text: 'Poland’s defence minister, Mariusz Błaszczak, has said his country has delivered its first Leopard tanks to Ukraine.\n\nBłaszczak, speaking in his opening remarks at a meeting of the National Security Council in Warsaw, said:\n\nThe prime minister couldn’t be here, he went to Kyiv to bring Leopard tanks which are the first batch delivered to Ukraine.Government spokesman, Piotr Müller, confirmed that the first Leopard tanks from Poland had gone to “our neighbours” in Ukraine.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=delivery',
          'category=military',
          'recipient=ukraine',
          'donor=poland',
          'item=@new-mariusz-blaszczak ~ Leopard tanks',
          'item=@new-piotr-muller ~ Leopard tanks',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-mariusz-blaszczak',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-mariusz-blaszczak',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-mariusz-blaszczak',
          'mode=quote',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-mariusz-blaszczak',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-piotr-muller',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-piotr-muller',
        ],
      },
    ],
  },
  {
    id: 'globalfrontier-poland-200-t72-delivered',
    url: 'https://theglobalfrontier.com/poland-hands-over-200-more-soviet-made-tanks-to-ukraine/',
    outlet: 'The Global Frontier',
    text: 'Poland has delivered more than 200 more Soviet-made T-72 tanks to the Ukrainian Armed Forces, as well as several 2S1 Carnation self-propelled howitzers, adding to the more than 1.5 billion euros in military aid that Warsaw has already delivered since the start of the Russian invasion two months ago.\n\nMost of the tanks have already crossed the border, the Polish news agency IAR reported, citing government sources. Poland has also supplied other military equipment, such as Grad rocket launcher drones and Piorun man-portable air defense systems.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=delivery',
          'category=military',
          'recipient=ukraine',
          'donor=poland',
          'item=over 200 scope=-@unnamed ~ Soviet-made T-72 tanks',
          'item=@unnamed ~ 2S1 Carnation self-propelled howitzers',
        ],
      },
      {
        kind: 'aid',
        id: 'a2',
        facts: [
          'stage=delivery',
          'category=military',
          'recipient=ukraine',
          'donor=poland',
          'item=@unnamed ~ Grad rocket launcher drones',
          'item=@unnamed ~ Piorun man-portable air defense systems',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-iar',
          'mode=paraphrase',
          'channel=news-agency-report',
          'about=a1',
          'date=unresolved/day@new-iar',
        ],
      },
    ],
  },
]
