import type { RealPassage } from '../types.ts'

/**
 * Passages of the nineteenth round (see ../README.md), talks from outlets in neither split
 * (Prensa Latina, The World Opinion, MEAWW, Nabamart, MercoPress, Doha News) — two Istanbul
 * rounds recalled with what each produced, a third round's agreements and offers, a five-hour
 * Kremlin meeting with no breakthrough, a meeting chaired by a host at a palace, a second round
 * in Belarus with corridors agreed, and ministers who met in Moscow — gold annotated from the
 * text alone before the extractor was run on them.
 */
export const part54: readonly RealPassage[] = [
  {
    id: 'prensalatina-istanbul-first-second-meetings-recalled',
    url: 'https://www.plenglish.com/news/2025/06/20/russia-and-ukraine-to-agree-on-date-for-third-talks-soon/',
    outlet: 'Prensa Latina',
    publishedAt: '2025-06-20',
    text: 'Moscow and Kiev resumed direct talks in Istanbul, Turkiye, on May 16 for the first time in more than three years.\nAt that first meeting, the parties agreed to a massive prisoner swap under the 1,000-for-1,000 formula, which was completed in three successive rounds from May 23 to 25.\nAt the second meeting, also held in Istanbul on June 2, Moscow announced that it would hand over to Kiev the preserved bodies of 6,000 deceased Ukrainian soldiers.\nUkraine, in turn, presented Russia with a list of 339 children who were allegedly in Russian territory after the outbreak of the conflict and are currently being sought by their families.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=russia',
          'party=ukraine',
          'date=2025-05-16..2025-05-16/day@unnamed',
          'status=held@unnamed',
          'outcome=agreement@unnamed ~ A massive prisoner swap under the 1,000-for-1,000 formula',
        ],
      },
      {
        kind: 'talk',
        id: 't2',
        facts: [
          'venue=tr-istanbul',
          'round=2',
          'party=russia',
          'party=ukraine',
          'date=2025-06-02..2025-06-02/day@unnamed',
          'status=held@unnamed',
          'outcome=other@russia ~ Hand over to Kiev the preserved bodies of 6,000 deceased Ukrainian soldiers',
          'outcome=exchange-of-documents@unnamed ~ Ukraine presented Russia with a list of 339 children',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=russia',
          'mode=paraphrase',
          'channel=remarks',
          'about=t2',
          'date=2025-06-02..2025-06-02/day@russia',
        ],
      },
    ],
  },
  {
    id: 'worldopinion-istanbul-third-round-civilians-working-groups',
    url: 'https://www.theworldopinion.com/?p=509348',
    outlet: 'The World Opinion',
    text: 'In the third round of talks, held in Istanbul on July 23, the parties agreed to exchange civilians in addition to military personnel. Russia suggested the creation of three online working groups focused on political, military, and humanitarian concerns. Furthermore, Moscow offered to transfer the remains of an additional 3,000 Ukrainian troops and reinstate short humanitarian pauses on the front lines.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=3',
          'party=russia',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'outcome=agreement@unnamed ~ Exchange civilians in addition to military personnel',
          'outcome=other@unnamed ~ Russia suggested the creation of three online working groups focused on political, military, and humanitarian concerns',
          'outcome=other@unnamed ~ Moscow offered to transfer the remains of an additional 3,000 Ukrainian troops and reinstate short humanitarian pauses on the front lines',
        ],
      },
    ],
  },
  {
    id: 'meaww-putin-witkoff-kushner-kremlin-no-breakthrough',
    url: 'https://news.meaww.com/putin-meets-witkoff-and-kushner-for-five-hours-in-moscow-no-ukraine-peace-deal-achieved',
    outlet: 'MEAWW',
    text: 'KREMLIN, MOSCOW: Russian President Vladimir Putin met on Tuesday, December 2, with Steve Witkoff, President Donald Trump’s special envoy for Ukraine negotiations, and Jared Kushner for what the Kremlin described as a “very useful, constructive” five-hour meeting. \n\nBut Kremlin adviser Yuri Ushakov, speaking in a video posted by the Kremlin, said, “a lot more work needs to be done,” stressing that no breakthrough was achieved.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ru-moscow',
          'round=1',
          'party=russia',
          'party=united-states',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
          'outcome=other@ushakov ~ A lot more work needs to be done',
          'outcome=other@ushakov ~ No breakthrough was achieved',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=kremlin',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'date=unresolved/day@kremlin',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=ushakov',
          'mode=quote',
          'channel=video-message',
          'about=t1',
          'date=unresolved/day@ushakov',
        ],
      },
    ],
  },
  {
    id: 'nabamart-dolmabahce-turkey-us-ukraine-fidan-chair',
    url: 'https://www.nabamart.com/2025/05/istanbul-turkish-us-ukrainian-meeting.html',
    outlet: 'Nabamart',
    text: "Sources in the Turkish Foreign Ministry reported that delegations from Turkey, the United States, and Ukraine met under the chairmanship of Fidan. Intelligence chief Ibrahim Kalin also participated in the hour-long meeting at the Turkish presidential office in Dolmabahce Palace in Istanbul.\nThe US delegation was headed by Secretary of State Marco Rubio and included President Donald Trump's special envoy for Ukraine and Russia, Keith Kellogg, and US Ambassador to Ankara, Tom Barrack.\nThe Ukrainian delegation included Head of the Presidential Office Andriy Yermak, Foreign Minister Andriy Sepiha, and Defense Minister Rustam Umarov.",
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=tr-istanbul',
          'round=1',
          'party=turkey',
          'party=united-states',
          'party=ukraine',
          'status=held@unnamed/turkey',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/turkey',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@unnamed/turkey',
        ],
      },
    ],
  },
  {
    id: 'mercopress-belarus-second-round-corridors-agreed',
    url: 'https://en.mercopress.com/2022/03/04/ukraine-war-humanitarian-corridors-agreed-upon-after-2nd-round-of-talks',
    outlet: 'MercoPress',
    publishedAt: '2022-03-04',
    text: "Thursday's second round of talks between Russia and Ukraine in Belarus achieved very little regarding a possible ceasefire, but both parties have at least agreed to organize humanitarian corridors\n\nAccording to media reports, both sides discussed military and humanitarian issues, as well as a future political settlement of the conflict.",
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=by',
          'round=2',
          'party=russia',
          'party=ukraine',
          'date=2022-03-03..2022-03-03/day@unnamed',
          'status=held@unnamed',
          'outcome=other@unnamed ~ Achieved very little regarding a possible ceasefire',
          'outcome=agreement@unnamed ~ Organize humanitarian corridors',
          'agenda=true@unnamed ~ Military and humanitarian issues',
          'agenda=true@unnamed ~ A future political settlement of the conflict',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed',
          'mode=paraphrase',
          'channel=news-agency-report',
          'about=t1',
          'date=unresolved/day@unnamed',
        ],
      },
    ],
  },
  {
    id: 'dohanews-khulaifi-lavrov-met-moscow-tuesday',
    url: 'https://dohanews.co/qatar-russia-discuss-regional-and-international-developments',
    outlet: 'Doha News',
    text: 'Qatar’s Minister of State at the Ministry of Foreign Affairs, Mohammed Al Khulaifi and Russia’s Foreign Minister, Sergey Lavrov have discussed the latest developments between Moscow and Kyiv as well as the situation in the Gaza Strip.\nAccording to Qatar’s Foreign Ministry, both officials met in Moscow on Tuesday, where international and regional issues were at the centre of the discussions.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ru-moscow',
          'round=1',
          'party=new-qatar',
          'party=russia',
          'status=held@unnamed',
          'agenda=true@unnamed ~ The latest developments between Moscow and Kyiv',
          'agenda=true@unnamed ~ The situation in the Gaza Strip',
          'date=unresolved/day@unnamed/new-qatar',
          'status=held@unnamed/new-qatar',
          'agenda=true@unnamed/new-qatar ~ International and regional issues',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/new-qatar',
          'mode=paraphrase',
          'channel=official-statement',
          'about=t1',
          'date=unresolved/day@unnamed/new-qatar',
        ],
      },
    ],
  },
]
