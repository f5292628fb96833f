import type { RealPassage } from '../types.ts'

/**
 * Passages 158–163 of the dev set, in its order (see ../dev.ts): a fifth round of talks from
 * outlets in neither split or already on the dev side — the Istanbul rounds of 2025, the Geneva
 * talks on the US plan and the Abu Dhabi trilateral — gold annotated from the text alone before
 * the extractor was run on them.
 */
export const part19: readonly RealPassage[] = [
  {
    id: 'connectedtoindia-istanbul-1000-swap-medinsky',
    url: 'https://www.connectedtoindia.com/russia-ukraine-decide-to-swap-prisoners-during-istanbul-meeting',
    outlet: 'Connected to India',
    text: 'Ukraine and Russia have agreed to swap 1,000 prisoners-of-war each, following a meeting of delegations, the first since the war broke out in 2022. \n\nThe officials from the warring neighbouring nations met in Turkey’s Istanbul on Friday.\n\nSpeaking after the meeting, Vladimir Medinsky, who headed the Russian delegation, was quoted as saying by RT.com: “We are satisfied with the outcome and are ready to continue contacts.”',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=ukraine',
          'party=russia',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'outcome=agreement@unnamed ~ Swap 1,000 prisoners-of-war each',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=medinsky',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@medinsky',
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
