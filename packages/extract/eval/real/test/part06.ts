import type { RealPassage } from '../types.ts'

/** Passages 43–50 of the test set, in its order (see ../test.ts). */
export const part06: readonly RealPassage[] = [
  {
    id: 'abc-witkoff-moscow-30-day-ceasefire',
    url: 'https://abc13.com/post/president-donald-trumps-envoy-arrives-russia-ukraine-ceasefire-talks/16016578/',
    outlet: 'ABC News',
    publishedAt: '2025-03-13',
    text: 'LONDON -- President Donald Trump\'s Middle East envoy Steve Witkoff landed in Moscow on Thursday morning for discussions on a proposed 30-day ceasefire in Ukraine -- a step leaders in Kyiv and Washington, D.C., hope will facilitate a larger peace deal to end Russia\'s 3-year-old invasion of its neighbor.\nWitkoff\'s trip is "part of our continued efforts to press Russia to agree to a ceasefire and stop its brutal war against Ukraine," White House press secretary Karoline Leavitt told reporters at a Wednesday briefing.\nKremlin spokesperson Dmitry Peskov confirmed that American negotiators were traveling to Moscow on Thursday. "Contacts are planned," Peskov told a press briefing, adding of the potential outcomes, "We will not prejudge, we will tell you later." Peskov did not say whether Witkoff would meet with Russian President Vladimir Putin.\nU.S. and Ukrainian officials agreed to a total 30-day ceasefire during talks in Jeddah, Saudi Arabia, earlier this week.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ru-moscow',
          'round=1',
          'party=united-states',
          'party=russia',
          'agenda=true@unnamed ~ Proposed 30-day ceasefire in Ukraine',
          'date=2025-03-13..2025-03-13/day@peskov',
          'status=confirmed@peskov',
        ],
      },
      {
        kind: 'talk',
        id: 't2',
        facts: [
          'venue=sa-jeddah',
          'round=1',
          'party=united-states',
          'party=ukraine',
          'date=2025-03-10..2025-03-16/week@unnamed',
          'status=held@unnamed',
          'outcome=agreement@unnamed ~ Total 30-day ceasefire',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-karoline-leavitt',
          'mode=quote',
          'channel=press-conference',
          'about=t1',
          'date=2025-03-12..2025-03-12/day@new-karoline-leavitt',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=press-conference',
          'about=t1',
          'date=unresolved/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=quote',
          'channel=press-conference',
          'about=t1',
          'date=unresolved/day@peskov',
        ],
      },
    ],
  },
  {
    id: 'abc-peskov-riyadh-delegation',
    url: 'https://abcnews.go.com/US/live-updates/trump-2nd-term-live-updates-white-house-employees/?id=118887140',
    outlet: 'ABC News',
    publishedAt: '2025-02-17',
    text: 'Kremlin spokesperson Dmitry Peskov told reporters on Monday that the Russian delegation would include Foreign Minister Sergei Lavrov, President Vladimir Putin\'s aide Yuri Ushakov and Kirill Dmitriev -- the head of Russia\'s sovereign wealth fund.\n"On Tuesday in Riyadh they will hold a meeting with American counterparts, which will be devoted, first of all, to restoring the entire range of Russian-American relations," Peskov said.\nThe teams will also discuss a potential in-person meeting between Putin and President Donald Trump, Peskov said.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa-riyadh',
          'round=1',
          'party=russia',
          'party=united-states',
          'date=2025-02-18..2025-02-18/day@peskov',
          'status=announced@peskov',
          'agenda=true@peskov ~ Restoring the entire range of Russian-American relations',
          'agenda=true@peskov ~ Potential in-person meeting between Putin and Trump',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=2025-02-17..2025-02-17/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@peskov',
        ],
      },
    ],
  },
  {
    id: 'dawn-lavrov-rubio-tuesday-riyadh',
    url: 'https://www.dawn.com/news/1892575/rubio-arrives-in-saudi-arabia-before-russia-talks-to-end-ukraine-conflict',
    outlet: 'Dawn',
    publishedAt: '2025-02-17',
    text: 'Russia said Foreign Minister Sergei Lavrov will hold talks with top US officials, including Secretary of State Marco Rubio, on Tuesday that will focus on ending the fighting in Ukraine and restoring “the whole complex” of Russia-US ties.\nRubio arrived in the Saudi capital Riyadh on Monday on a previously planned trip. US National Security Adviser Mike Waltz and Middle East envoy Steve Witkoff, who are set to arrive later on Monday, will be joining him at the talks with the Russians.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa-riyadh',
          'round=1',
          'party=russia',
          'party=united-states',
          'date=2025-02-18..2025-02-18/day@russia',
          'status=announced@russia',
          'agenda=true@russia ~ Ending the fighting in Ukraine',
          'agenda=true@russia ~ Restoring the whole complex of Russia-US ties',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=russia',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'date=unresolved/day@russia',
        ],
      },
    ],
  },
  {
    id: 'newsby-rubio-arrives-saudi-arabia',
    url: 'https://news.by/eng/news/v_mire/marco-rubio-arrives-in-saudi-arabia-for-talks-with-russia',
    outlet: 'News.by',
    publishedAt: '2025-02-16',
    text: 'US Secretary of State Marco Rubio has arrived in Saudi Arabia ahead of the expected talks with the Russian side.\nEarlier, Rubio said that all current contacts only contribute to the restoration of diplomatic relations. Negotiations to end the conflict in Ukraine are still a project.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa',
          'round=1',
          'party=united-states',
          'party=russia',
          'status=announced@unnamed',
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
    ],
  },
  {
    id: 'newsby-istanbul-second-round-concluded',
    url: 'https://news.by/eng/news/v_mire/results-of-russia-ukraine-negotiations-in-istanbul-side-comments',
    outlet: 'News.by',
    text: 'The second round of direct negotiations between Russia and Ukraine in Istanbul has concluded. The meeting lasted just over an hour. The delegations communicated in Russian.\nThe sides exchanged documents on settlement and also agreed on new prisoner exchanges.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=2',
          'party=russia',
          'party=ukraine',
          'status=concluded@unnamed',
          'outcome=exchange-of-documents@unnamed ~ Documents on settlement exchanged',
          'outcome=agreement@unnamed ~ New prisoner exchanges',
        ],
      },
    ],
  },
  {
    id: 'hindustantimes-geneva-refined-framework',
    url: 'https://www.hindustantimes.com/world-news/us-ukraine-refine-trumps-peace-deal-to-end-russia-s-war-whats-inside-the-new-plan-101763962872454.html',
    outlet: 'Hindustan Times',
    publishedAt: '2025-11-24',
    text: 'In Geneva, senior officials from both countries sat down to adjust the 28-point draft plan. Ukraine said the newest version included some of its own points. Trump has given Ukraine until November 27, when the United States celebrates Thanksgiving, to agree to the plan.\n"The talks were constructive, focused, and respectful, underscoring the shared commitment to achieving a just and lasting peace," the joint statement said.\nIt also said both sides had prepared a "refined peace framework" after their discussions in Geneva on Sunday.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ch-geneva',
          'round=1',
          'party=united-states',
          'party=ukraine',
          'status=held@unnamed',
          'agenda=true@unnamed ~ Adjust the 28-point draft plan',
          'date=2025-11-23..2025-11-23/day@unnamed',
          'outcome=other@unnamed ~ Refined peace framework prepared',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ukraine',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'date=unresolved/day@ukraine',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed',
          'mode=quote',
          'channel=official-statement',
          'about=t1',
          'date=unresolved/day@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'date=unresolved/day@unnamed',
        ],
      },
    ],
  },
  {
    id: 'hurriyet-rubio-geneva-very-worthwhile',
    url: 'https://www.hurriyetdailynews.com/amp/washington-kiev-say-a-peace-deal-must-fully-uphold-ukraine-sovereignty-216056',
    outlet: 'Hürriyet Daily News',
    text: 'Top U.S. and Ukrainian officials said on Nov. 23 they had made progress toward ending the Russia-Ukraine war but provided scant details after discussing the American proposal to achieve peace that has sparked concerns among many of Washington’s European allies that the plan is too conciliatory to Moscow.\nU.S. Secretary of State Marco Rubio said high-stakes talks in Geneva were “very worthwhile” and constituted the most productive day in “a very long time.”\n“I feel very optimistic that we can get something done,” Rubio said.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ch-geneva',
          'round=1',
          'party=united-states',
          'party=ukraine',
          'status=held@rubio',
          'outcome=other@unnamed ~ Progress toward ending the war',
          'agenda=true@unnamed ~ American proposal to achieve peace',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@unnamed',
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
          'speaker=rubio',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@rubio',
        ],
      },
    ],
  },
  {
    id: 'tass-rutte-purl-netherlands-500m',
    url: 'https://tass.com/world/1997973',
    outlet: 'TASS',
    publishedAt: '2025-08-04',
    text: 'BRUSSELS, August 4. /TASS/. NATO Secretary General Mark Rutte has hailed The Netherlands’ decision to purchase 500 million euro worth of US-made weapons for Ukraine and called on other NATO countries to follow the lead.\n"NATO Secretary General Mark Rutte today (4 August 2025) welcomed the first package of U.S. military equipment for Ukraine coordinated under the new NATO Prioritised Ukraine Requirements List (PURL) initiative. The Secretary General and the Dutch government confirmed that the Netherlands is funding the first package in full," NATO’s press service said in a statement.',
    gold: [
      {
        kind: 'aid',
        id: 'a1',
        facts: [
          'stage=pledge',
          'category=military',
          'recipient=ukraine',
          'donor=new-netherlands',
          'money=exact 500000000 EUR total@rutte',
          'date=2025-08-04..2025-08-04/day@nato',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=rutte',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@rutte',
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
