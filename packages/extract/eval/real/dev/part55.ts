import type { RealPassage } from '../types.ts'

/**
 * Passages of the nineteenth round (see ../README.md), talks from outlets in neither split
 * (Kurdistan24, Hvylya, Walaw Press, TrendyVoice, Vanguard, The American Conservative) — a
 * summit that ended without a ceasefire, talks under way in Miami beside a Kremlin meeting
 * scheduled, talks confirmed for a weekend beside a meeting held last week, shuttle talks in
 * Riyadh with what the sides agreed, an offer to host talks told beside phone calls (no talks),
 * and a summit cancelled after a call — gold annotated from the text alone before the extractor
 * was run on them.
 */
export const part55: readonly RealPassage[] = [
  {
    id: 'kurdistan24-alaska-summit-concluded-no-ceasefire',
    url: 'https://www.kurdistan24.net/index.php/en/story/858008/trump-and-putin-end-alaska-summit-without-ukraine-ceasefire-deal',
    outlet: 'Kurdistan24',
    text: 'ERBIL (Kurdistan24) – U.S. President Donald Trump and Russian President Vladimir Putin concluded their high-stakes summit in Alaska on Friday without reaching a ceasefire agreement on Ukraine, offering warm words about progress but little substance on ending the devastating conflict.\nThe talks, lasting three hours with aides present, ended abruptly and were followed by an unusually brief joint press appearance in which both leaders spoke but refused to take questions — a rare move for the media-driven Trump.\nTrump described the summit as “extremely productive,” noting that “many points” had been agreed upon, though he did not disclose specifics.\n“We’re not there yet, but we’ve made progress. There’s no deal until there’s a deal,” he said, adding that only a few issues remain unresolved.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=new-alaska',
          'round=1',
          'party=united-states',
          'party=russia',
          'date=unresolved/day@unnamed',
          'status=concluded@unnamed',
          'outcome=other@unnamed ~ Without reaching a ceasefire agreement on Ukraine',
          'outcome=agreement@trump ~ Many points had been agreed upon',
          'outcome=other@trump ~ We’re not there yet, but we’ve made progress; there’s no deal until there’s a deal',
          'outcome=other@trump ~ Only a few issues remain unresolved',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=trump',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@trump',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=trump',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@trump',
        ],
      },
    ],
  },
  {
    id: 'hvylya-miami-talks-kicked-off-moscow-tuesday',
    url: 'https://amp.en.hvylya.net/news/111-us-presses-kyiv-on-peace-terms-ahead-of-moscow-talks',
    outlet: 'Hvylya',
    text: "Ukrainian-US peace plan negotiations have kicked off in Miami. Following the talks, US presidential special envoy Steve Witkoff and Donald Trump's son-in-law Jared Kushner will travel to Moscow for a meeting with Vladimir Putin scheduled for Tuesday.\nAxios reported the development, citing US and Ukrainian officials.\nThe Ukrainian delegation is led by NSDC Secretary Rustem Umerov. It also includes Deputy Foreign Minister Sergiy Kyslytsya, Ambassador to the US Olga Stefanishyna, Chief of the General Staff General Andriy Hnatov, and intelligence representatives.",
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=new-miami',
          'round=1',
          'party=ukraine',
          'party=united-states',
          'status=held@unnamed',
          'agenda=true@unnamed ~ Ukrainian-US peace plan',
        ],
      },
      {
        kind: 'talk',
        id: 't2',
        facts: [
          'venue=ru-moscow',
          'round=1',
          'party=united-states',
          'party=russia',
          'date=unresolved/day@unnamed',
          'status=announced@unnamed',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed',
          'mode=paraphrase',
          'channel=news-agency-report',
          'about=t1',
          'about=t2',
          'date=unresolved/day@unnamed',
        ],
      },
    ],
  },
  {
    id: 'walaw-miami-weekend-confirmed-berlin-last-week',
    url: 'https://en.walaw.press/articles/ukrainian_negotiators_head_to_miami_as_peace_discussions_enter_new_phase/GQMGQWSXFMPP',
    outlet: 'Walaw Press',
    text: 'Ukrainian envoys are traveling to the United States for high-level negotiations aimed at advancing a possible peace agreement to end the ongoing war. President Volodymyr Zelenskiy confirmed that talks are scheduled for the weekend in Miami, building on recent diplomatic progress achieved in Berlin.\nBuilding on Berlin momentum\nLast week, Ukrainian, U.S., and European officials met in Berlin, where they reportedly resolved or made headway on 90 percent of a 20-point U.S.-drafted peace proposal.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=new-miami',
          'round=1',
          'party=ukraine',
          'party=united-states',
          'status=announced@unnamed',
          'agenda=true@unnamed ~ Advancing a possible peace agreement to end the ongoing war',
          'date=unresolved/day@zelensky',
          'status=confirmed@zelensky',
        ],
      },
      {
        kind: 'talk',
        id: 't2',
        facts: [
          'venue=de-berlin',
          'round=1',
          'party=ukraine',
          'party=united-states',
          'date=unresolved/week@unnamed',
          'status=held@unnamed',
          'outcome=other@unnamed ~ Resolved or made headway on 90 percent of a 20-point U.S.-drafted peace proposal',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'trendyvoice-riyadh-shuttle-black-sea-energy-agreed',
    url: 'https://trendyvoice.in/russia-ukraine-agree-to-halt-strikes-in-black-sea-energy-sites-in-us-brokered-talks',
    outlet: 'TrendyVoice',
    text: 'Russia and Ukraine have reached an agreement to halt military strikes in the Black Sea and on energy infrastructure following negotiations mediated by the United States. The talks, held over three days in the Saudi capital, Riyadh, mark a significant diplomatic effort as US negotiators shuttled between delegations from both countries.\nIn parallel statements, the White House announced that both nations had “agreed to ensure safe navigation, eliminate the use of force, and prevent the use of commercial vessels for military purposes in the Black Sea.”',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa-riyadh',
          'round=1',
          'party=russia',
          'party=ukraine',
          'party=united-states',
          'status=held@unnamed',
          'outcome=agreement@unnamed ~ Halt military strikes in the Black Sea and on energy infrastructure',
          'outcome=agreement@new-white-house ~ Ensure safe navigation, eliminate the use of force, and prevent the use of commercial vessels for military purposes in the Black Sea',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-white-house',
          'mode=quote',
          'channel=official-statement',
          'about=t1',
          'date=unresolved/day@new-white-house',
        ],
      },
    ],
  },
  {
    id: 'vanguard-meloni-pope-offer-host-talks-calls',
    url: 'https://www.vanguardngr.com/2025/05/pope-offer-to-host-russia-ukraine-talks-welcomed-by-international-leaders/',
    outlet: 'Vanguard',
    publishedAt: '2025-05-19',
    text: 'Pope Leo XIV has offered to host Russia-Ukraine peace talks in a gesture welcomed by US and European leaders, Italy’s Prime Minister Georgia Meloni said on Monday.\n\nUS President Donald Trump and a number of European leaders discussed the offer in a call after Trump spoke with Russia’s President Vladimir Putin, Meloni said in a statement.\n\nShe said “the availability of the holy father to welcome the talks at the Vatican was judged positively”.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=new-georgia-meloni',
          'mode=paraphrase',
          'channel=remarks',
          'date=2025-05-19..2025-05-19/day@new-georgia-meloni',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-georgia-meloni',
          'mode=paraphrase',
          'channel=official-statement',
          'date=unresolved/day@new-georgia-meloni',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-georgia-meloni',
          'mode=quote',
          'channel=official-statement',
          'date=unresolved/day@new-georgia-meloni',
        ],
      },
    ],
  },
  {
    id: 'amconservative-budapest-summit-cancelled-rubio-lavrov-call',
    url: 'https://www.theamericanconservative.com/trump-and-putin-cancel-meeting-in-budapest/',
    outlet: 'The American Conservative',
    publishedAt: '2025-10-21',
    text: 'An upcoming summit in Budapest between President Donald Trump and Russia’s President Vladimir Putin has been canceled, following a Monday phone call between Secretary of State Marco Rubio and Russia’s Foreign Minister Sergey Lavrov.\n\nA White House official who spoke to POLITICO on the condition of anonymity stated that Rubio and Lavrov “had a productive call” and that the proposed in-person meeting between the secretary and foreign minister was not necessary as a result.\n\nThe official also stated that Trump had no plans to meet with Putin after the two leaders spoke by phone for two hours Thursday.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=new-budapest',
          'round=1',
          'party=united-states',
          'party=russia',
          'status=cancelled@unnamed',
        ],
      },
      {
        kind: 'talk',
        id: 't2',
        facts: [
          'round=1',
          'party=united-states',
          'party=russia',
          'status=cancelled@unnamed/united-states',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/united-states',
          'mode=paraphrase',
          'channel=remarks',
          'about=t2',
          'date=unresolved/day@unnamed/united-states',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=unnamed/united-states',
          'mode=paraphrase',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@unnamed/united-states',
        ],
      },
    ],
  },
]
