import type { RealPassage } from '../types.ts'

/**
 * Passages 158–163 of the dev set, in its order (see ../dev.ts): a fifth round of talks from
 * outlets in neither split or already on the dev side — the Istanbul rounds of 2025, the Geneva
 * talks on the US plan and the Abu Dhabi trilateral — gold annotated from the text alone before
 * the extractor was run on them.
 */
export const part19: readonly RealPassage[] = [
  {
    id: 'censor-istanbul-june-2-all-for-all-bodies',
    url: 'https://censor.net/en/news/3555925/fidan-and-rubio-discuss-talks-between-ukraine-and-russia',
    outlet: 'Censor.NET',
    publishedAt: '2025-06-03',
    text: 'On June 2, the second meeting of the delegations of Ukraine and Russia took place in Istanbul. The talks lasted over an hour.\n\nAs during the first round on May 16, the Russian delegation was headed by Vladimir Medinsky, an aide to dictator Vladimir Putin. The Ukrainian delegation was headed by Defense Minister Rustem Umierov.\n\nAfter the talks, Umierov said that the parties had only agreed on a new stage of prisoner exchange in the "all for all" format by category: seriously wounded and seriously ill, young people aged 18 to 25. The parties also agreed on the repatriation of 6,000 bodies of fallen soldiers.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=2',
          'party=ukraine',
          'party=russia',
          'date=2025-06-02..2025-06-02/day@unnamed',
          'status=held@unnamed',
          'outcome=agreement@umerov ~ A new stage of prisoner exchange in the all for all format by category: seriously wounded and seriously ill, young people aged 18 to 25',
          'outcome=agreement@unnamed ~ The repatriation of 6,000 bodies of fallen soldiers',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=umerov',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@umerov',
        ],
      },
    ],
  },
  {
    id: 'unn-istanbul-umerov-medinsky-concluded',
    url: 'https://unn.ua/en/news/meeting-in-istanbul-how-the-negotiations-between-ukraine-and-russia-ended-and-what-to-expect',
    outlet: 'UNN',
    publishedAt: '2025-05-16',
    text: 'Negotiations between the Ukrainian delegation, headed by Defense Minister Rustem Umerov, and the Russian delegation, headed by dictator Vladimir Putin\'s advisor Vladimir Medinsky, concluded in Istanbul today. The parties stated that they had reached a number of agreements, including an exchange of prisoners in the format of "1000 for 1000", writes UNN with reference to statements by the parties.\n\nSpeaking to reporters after the talks, Umerov said that the ceasefire and prisoner exchange were discussed during the talks with the Russian delegation in Istanbul.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=ukraine',
          'party=russia',
          'date=2025-05-16..2025-05-16/day@unnamed',
          'status=concluded@unnamed',
          'outcome=agreement@unnamed ~ An exchange of prisoners in the format of 1000 for 1000',
          'agenda=true@umerov ~ The ceasefire',
          'agenda=true@umerov ~ Prisoner exchange',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=umerov',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@umerov',
        ],
      },
    ],
  },
  {
    id: 'portugalnewsdaily-geneva-us-europe-ukraine-plan',
    url: 'https://portugalnewsdaily.com/nation/us-european-and-ukrainian-officials-hold-urgent-talks-on-controversial-peace-plan',
    outlet: 'Portugal News Daily',
    text: 'Senior officials from the United States, Europe and Ukraine convened in Geneva on Sunday to examine a draft peace proposal aimed at ending the ongoing Russia-Ukraine conflict. The plan, introduced by Washington, has sparked concern in Kyiv and among its allies due to provisions seen as major concessions to Moscow.\nUS Secretary of State Marco Rubio and special envoy Steve Witkoff led the American team, emphasizing that no final agreement would be made without a direct meeting between the presidents of the United States and Ukraine.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ch-geneva',
          'round=1',
          'party=united-states',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'agenda=true@unnamed ~ A draft peace proposal aimed at ending the ongoing Russia-Ukraine conflict',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=rubio',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@rubio',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=witkoff',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@witkoff',
        ],
      },
    ],
  },
  {
    id: 'turkiyetoday-geneva-common-understanding-umerov',
    url: 'https://www.turkiyetoday.com/world/common-understanding-reached-with-us-on-core-terms-of-peace-plan-in-geneva-ukraine-3210379',
    outlet: 'Türkiye Today',
    text: 'Kyiv said Tuesday that Ukrainian and U.S. delegations reached a “common understanding” on the main terms of a proposed U.S. plan intended to advance peace efforts in Ukraine, following talks held in Geneva.\nIn a statement posted on Facebook, National Defense and Security Council Secretary Rustem Umerov said Ukraine appreciated the “productive and constructive” meetings held Sunday between the US and Ukrainian delegations.\n“Our delegations reached a common understanding on the core terms of the agreement discussed in Geneva,” Umerov said, adding that Kyiv now expects support from its European partners as steps continue.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ch-geneva',
          'round=1',
          'party=ukraine',
          'party=united-states',
          'date=unresolved/day@umerov',
          'status=held@unnamed/ukraine',
          'status=held@umerov',
          'outcome=agreement@unnamed/ukraine ~ A common understanding on the main terms of a proposed U.S. plan',
          'outcome=agreement@umerov ~ A common understanding on the core terms of the agreement',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@unnamed/ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=umerov',
          'mode=quote',
          'channel=social-media-post',
          'about=t1',
          'date=unresolved/day@umerov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=umerov',
          'mode=quote',
          'channel=social-media-post',
          'about=t1',
          'date=unresolved/day@umerov',
        ],
      },
    ],
  },
  {
    id: 'businessupturn-abu-dhabi-second-trilateral-ended',
    url: 'https://www.businessupturn.com/trade-policy/ukraine-russia-united-states-conclude-second-trilateral-peace-talks-in-abu-dhabi/1519',
    outlet: 'Business Upturn',
    text: 'The second round of trilateral talks involving Ukraine, Russia, and the United States aimed at halting the war in Ukraine concluded in Abu Dhabi on Saturday, according to confirmations from multiple official and media sources. A spokesperson for a Ukrainian negotiator informed journalists that the discussions had formally ended, while Ukraine’s public broadcaster Suspilne, citing a source within Kyiv’s delegation, reported that the talks lasted for more than three hours.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ae-abu-dhabi',
          'round=2',
          'party=ukraine',
          'party=russia',
          'party=united-states',
          'date=unresolved/day@unnamed',
          'status=concluded@unnamed',
          'status=concluded@unnamed/ukraine',
          'agenda=true@unnamed ~ Halting the war in Ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/ukraine',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@unnamed/ukraine',
        ],
      },
    ],
  },
  {
    id: 'thenational-abu-dhabi-second-day-ended',
    url: 'https://www.thenationalnews.com/news/uae/2026/01/24/us-ukraine-russia-talks-in-abu-dhabi-conclude/',
    outlet: 'The National',
    publishedAt: '2026-01-24',
    text: "Talks on the second day of the trilateral meeting between Russia, Ukraine and the US ended Abu Dhabi on Saturday afternoon.\n\nThey had resumed a day after the heads of delegations from the three countries arrived in the UAE capital on Friday, were received by President Sheikh Mohamed and held a first round of discussions.\n\nA White House official told The National that the meeting's first day had been “productive”.",
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ae-abu-dhabi',
          'round=1',
          'party=russia',
          'party=ukraine',
          'party=united-states',
          'date=2026-01-24..2026-01-24/day@unnamed',
          'status=concluded@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/united-states',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@unnamed/united-states',
        ],
      },
    ],
  },
]
