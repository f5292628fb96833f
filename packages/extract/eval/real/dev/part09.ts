import type { RealPassage } from '../types.ts'

/** Passages 84–93 of the dev set, in its order (see ../dev.ts). */
export const part09: readonly RealPassage[] = [
  {
    id: 'warsawpoint-scholz-leopard-zelensky-thanks',
    url: 'https://warsawpoint.com/news/46554-zelenskyy-thanks-germany-for-agreeing-to-supply-ukraine-with-leopard-2-tanks.html',
    outlet: 'Warsaw Point',
    publishedAt: '2023-01-25',
    text: 'Germany will supply its Leopard 2 tanks to Ukraine, Chancellor Olaf Scholz announced on Wednesday, overcoming concerns about sending heavy weaponry that for Kyiv is crucial in defeating the Russian invasion. Ukrainian President Volodymyr Zelenskyy expressed his gratitude to the Chancellor for the decision.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=germany',
          'item=@scholz ~ Leopard 2 tanks',
          'date=2023-01-25..2023-01-25/day@scholz',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=scholz',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=2023-01-25..2023-01-25/day@scholz',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'onenewspage-scholz-leopards-delivered',
    url: 'https://www.onenewspage.com/video/20230328/15589579/Germany-confirms-delivery-of-Leopard-tanks-to-Ukraine.htm',
    outlet: 'One News Page',
    publishedAt: '2023-03-28',
    text: 'Germany has delivered promised Leopard battle tanks to Ukraine, Chancellor Olaf Scholz said, providing Kyiv with much-needed heavy weaponry against Russia.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=delivery',
          'category=military',
          'recipient=ukraine',
          'donor=germany',
          'item=@scholz ~ Leopard battle tanks',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=scholz',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@scholz',
        ],
      },
    ],
  },
  {
    id: 'nv-uman-klymenko-23-killed',
    url: 'https://english.nv.ua/nation/search-and-rescue-operation-completed-in-uman-23-dead-including-six-children-50321109.html',
    outlet: 'NV',
    text: 'Rescue workers have ended search and rescue operations at a high-rise apartment building in Uman, central Ukraine that was struck by a Russian missile on April 28, killing 23 civilians, including six children, Interior Ministe Ihor Klymenko said on Facebook on April 29.\n“Unfortunately, as a result of the Russian strike, 23 people were killed: 22 were taken out from under the rubble, and one more person died in hospital.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-uman',
          'weapon=missile',
          'date=unresolved/day@new-ihor-klymenko',
          'killed=exact 23 scope=ua-uman@new-ihor-klymenko',
          'effect=damage ua-uman@new-ihor-klymenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ihor-klymenko',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-ihor-klymenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ihor-klymenko',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-ihor-klymenko',
        ],
      },
    ],
  },
  {
    id: 'dailyny-uman-20-cruise-missiles',
    url: 'https://thedailyny.com/2023/04/29/a-ukrainian-tragedy-occurred-as-a-result-of-a-missile-and-drone-assault-from-russia-claiming-the-lives-of-23-individuals/',
    outlet: 'The Daily NY',
    publishedAt: '2023-04-29',
    text: 'In UMAN, Ukraine, an attack by Russia took place in the early hours of Friday, involving more than 20 cruise missiles and two drones. The horrifying nighttime assault resulted in the deaths of at least 23 individuals, with the majority of the fatalities occurring after two missiles hit an apartment building. Among the deceased were three children, including a toddler.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-uman',
          'weapon=missile',
          'weapon=drone',
          'date=2023-04-28..2023-04-28/part-of-day@unnamed',
          'launched=over 20 scope=-@unnamed',
          'launched=exact 2 scope=-@unnamed',
          'killed=at-least 23 scope=ua-uman@unnamed',
          'effect=damage ua-uman@unnamed',
        ],
      },
    ],
  },
  {
    id: 'babel-uman-16-dead-taburets',
    url: 'https://babel.ua/en/news/93294-a-rocket-attack-on-a-nine-story-building-in-uman-16-people-are-known-to-have-died-debris-analysis-is-ongoing',
    outlet: 'Babel',
    text: 'The Ministry of Internal Affairs of Ukraine reports that 16 people have died and 18 were injured due to a Russian missile attack on a nine-story building in Uman. 17 people were saved (including 3 children). One body fragment was also recovered from under the rubble.\nThree children were among the dead, writes the head of the Cherkasy Regional Military Administration Ihor Taburets.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-uman',
          'weapon=missile',
          'killed=exact 16 scope=ua-uman@new-ministry-of-internal-affairs-of-ukraine',
          'injured=exact 18 scope=ua-uman@new-ministry-of-internal-affairs-of-ukraine',
          'effect=damage ua-uman@new-ministry-of-internal-affairs-of-ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ministry-of-internal-affairs-of-ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@new-ministry-of-internal-affairs-of-ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ihor-taburets',
          'mode=paraphrase',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-ihor-taburets',
        ],
      },
    ],
  },
  {
    id: 'caribbeannews-epf-fourth-tranche-500m',
    url: 'https://caribbeannewsglobal.com/eu-council-agrees-on-further-increase-of-support-under-the-european-peace-facility',
    outlet: 'Caribbean News Global',
    text: 'BRUSSELS, Belgium – The EU Council adopted two assistance measures under the European Peace Facility (EPF) that will allow the EU to further support the capabilities and resilience of the Ukrainian Armed Forces to defend the territorial integrity and sovereignty of the country, and protect the civilian population against the ongoing Russian military aggression.\nAfter having adopted three tranches of support totalling 1.5 billion this year, a fourth tranche will add €500 million to the resources already mobilised under the EPF for Ukraine, thereby bringing the total amount to €2 billion.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=european-union',
          'money=exact 500000000 EUR total@unnamed',
        ],
      },
      {
        kind: 'aid',
        id: 'a0',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=european-union',
          'money=exact 1500000000 EUR total@unnamed',
        ],
      },
    ],
  },
  {
    id: 'wiredgov-epf-doubled-1bn',
    url: 'https://www.wired-gov.net/wg/news.nsf/articles/eu+support+to+ukraine+council+doubles+funding+under+the+european+peace+facility+25032022103800?open',
    outlet: 'WiredGov',
    publishedAt: '2022-03-25',
    text: 'The Council recently (23 March 2022) adopted two assistance measures under the European Peace Facility (EPF) that will allow the EU to further support the capabilities and resilience of the Ukrainian Armed Forces to defend the territorial integrity and sovereignty of the country, and protect the civilian population against the ongoing Russian military aggression.\nThe assistance measures will increase the original budget announced on 28 February 2020 with an additional €500 million, thereby doubling its initial amount to €1 billion.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=european-union',
          'date=2022-03-23..2022-03-23/day@unnamed',
          'money=exact 500000000 EUR total@unnamed',
        ],
      },
    ],
  },
  {
    id: 'azernews-exchange-146-for-146',
    url: 'https://www.azernews.az/region/246463.html',
    outlet: 'Azernews',
    text: 'An exchange of prisoners of war has taken place between Russia and Ukraine under the “146 for 146” rule, Azernews reports.\nThe Russian Defense Ministry confirmed the development, noting that Russian servicemen released as part of the exchange are currently in Belarus, where they are being provided with psychological and medical assistance.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=ru-mod',
          'mode=paraphrase',
          'channel=official-statement',
          'date=unresolved/day@ru-mod',
        ],
      },
    ],
  },
  {
    id: 'rferl-fedorov-zaporizhzhia-drones-fire',
    url: 'https://cccv.info/ukraine-news-today/zaporozhye-was-attacked-by-drones-there-was-a-fire-fedorov',
    outlet: 'RFE/RL',
    publishedAt: '2024-12-22',
    text: 'Zaporizhzhia was attacked by drones, a fire broke out, the head of the regional military administration, Ivan Fedorov, said.\nA high-rise building was damaged, Fedorov did not report any casualties.\nHowever, according to his data, a 59-year-old resident of Novodanilivka was seriously injured due to the attack of the fpv drone – he was hospitalized.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'target=ukraine',
          'place=ua-zaporizhzhia',
          'weapon=drone',
          'effect=other ua-zaporizhzhia@new-ivan-fedorov',
          'effect=damage ua-zaporizhzhia@new-ivan-fedorov',
        ],
      },
      {
        kind: 'attack',
        id: 'a2',
        facts: [
          'target=ukraine',
          'place=new-novodanilivka',
          'weapon=drone',
          'injured=exact 1 scope=new-novodanilivka@new-ivan-fedorov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ivan-fedorov',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-ivan-fedorov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-ivan-fedorov',
          'mode=paraphrase',
          'channel=remarks',
          'about=a2',
          'date=unresolved/day@new-ivan-fedorov',
        ],
      },
    ],
  },
  {
    id: 'timeukraineisrael-nato-40bn-washington',
    url: 'https://timeukraineisrael.com/en/news/nato-pledges-e40-billion-in-military-aid-to-ukraine',
    outlet: 'Time Ukraine Israel',
    text: 'NATO countries decided on Wednesday in Washington to allocate at least €40 billion in military aid to Ukraine, according to the final declaration text, reports AFP and .\n“We intend to allocate a basic package of at least €40 billion for the next year, and then maintain security assistance at a stable level so that Ukraine can win,” stated the 32 NATO member countries who gathered during the summit in Washington.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=nato',
          'forum=unnamed',
          'money=at-least 40000000000 EUR total@nato',
          'period=unresolved/year@nato',
          'attendance=exact 32 scope=-@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=nato',
          'mode=paraphrase',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@nato',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=nato',
          'mode=quote',
          'channel=official-statement',
          'about=a1',
          'date=unresolved/day@nato',
        ],
      },
    ],
  },
]
