import type { RealPassage } from '../types.ts'

/**
 * Passages 164–168 of the dev set, in its order (see ../dev.ts): a fifth round of talks — the
 * meeting in Miami, a meeting announced for Geneva, the US–Russian talks
 * in Riyadh and the Geneva talks on the 28-point plan — gold annotated from the text alone before
 * the extractor was run on them.
 */
export const part20: readonly RealPassage[] = [
  {
    id: 'unn-witkoff-kushner-met-umerov-miami',
    url: 'https://unn.ua/en/news/us-presidents-envoy-and-trumps-son-in-law-met-with-umerov-in-miami-media',
    outlet: 'UNN',
    text: "US President Donald Trump's special representative Steve Witkoff and Trump's son-in-law and adviser Jared Kushner held a meeting with Secretary of the National Security and Defense Council of Ukraine Rustem Umerov in Miami, Florida, on Thursday, reports the Miami Herald, writes UNN.\n\nOn Thursday, Witkoff and Kushner held a meeting with the Secretary of the National Security and Defense Council of Ukraine Rustem Umerov in Miami - the publication reports.\n\nA senior US official said Witkoff and Kushner requested the venue.",
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=new-miami',
          'round=1',
          'party=united-states',
          'party=ukraine',
          'date=unresolved/day@unnamed',
          'status=held@unnamed',
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
  {
    id: 'unn-witkoff-kushner-to-meet-umerov-geneva',
    url: 'https://unn.ua/en/news/witkoff-and-kushner-plan-to-meet-umerov-in-geneva',
    outlet: 'UNN',
    publishedAt: '2026-02-24',
    text: 'US representatives Steve Witkoff and Jared Kushner plan to meet with Secretary of the National Security and Defense Council of Ukraine Rustem Umerov in Geneva. Witkoff announced this during the YES Meeting, UNN reports.\nI am going with Jared to Geneva this Thursday.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=ch-geneva',
          'round=1',
          'party=united-states',
          'party=ukraine',
          'date=2026-02-26..2026-02-26/day@witkoff',
          'status=announced@witkoff',
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
    id: 'saudigazette-riyadh-lavrov-diplomatic-missions',
    url: 'https://cdn.saudigazette.com.sa/article/649479/World/Russia-US-agree-to-resolve-diplomatic-issues-discuss-Ukraine-war-in-Riyadh-talks',
    outlet: 'Saudi Gazette',
    text: 'RIYADH — The United States and Russia have agreed to address outstanding issues concerning their diplomatic missions “once and for all,” Russian Foreign Minister Sergey Lavrov said Tuesday following high-level talks in the Saudi capital.\nDescribing the discussions as “very useful,” Lavrov noted that both sides have started to “listen and hear each other,” marking a shift in tone amid prolonged tensions between Moscow and Washington.\nAs part of the agreement, Russia and the US have committed to appointing ambassadors in each other’s capitals as soon as possible while working to remove barriers affecting the operations of their respective embassies.',
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa-riyadh',
          'round=1',
          'party=united-states',
          'party=russia',
          'status=held@lavrov',
          'outcome=agreement@lavrov ~ Address outstanding issues concerning their diplomatic missions once and for all',
          'outcome=agreement@unnamed ~ Appointing ambassadors in each other’s capitals as soon as possible',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=lavrov',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@lavrov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=lavrov',
          'mode=quote',
          'channel=remarks',
          'about=t1',
          'date=unresolved/day@lavrov',
        ],
      },
    ],
  },
  {
    id: 'newspravda-riyadh-negotiations-started',
    url: 'https://moldova.news-pravda.com/en/world/2025/02/18/26363.html',
    outlet: 'News-Pravda',
    publishedAt: '2025-02-18',
    text: "Negotiations between the United States and Russia have started in Riyadh.\nThe parties will discuss the settlement of the Ukrainian conflict and the restoration of Russian-American relations.\nRussia is represented at the talks by Russian Foreign Minister Sergei Lavrov, Presidential aide Yuri Ushakov, and Kirill Dmitriev, head of the Russian Direct Investment Fund (RDIF). The U.S. delegation consists of U.S. Secretary of State Marco Rubio, Assistant to the President of the United States for National Security Mike Waltz and Trump's special envoy for the Middle East Stephen Witkoff.",
    gold: [
      {
        kind: 'talk',
        id: 't1',
        facts: [
          'venue=sa-riyadh',
          'round=1',
          'party=united-states',
          'party=russia',
          'status=held@unnamed',
          'agenda=true@unnamed ~ The settlement of the Ukrainian conflict',
          'agenda=true@unnamed ~ The restoration of Russian-American relations',
        ],
      },
    ],
  },
  {
    id: 'editorialge-geneva-28-point-plan-yermak',
    url: 'https://editorialge.com/us-ukraine-peace-plan-geneva',
    outlet: 'Editorialge',
    text: 'The United States and Ukraine are holding urgent talks in Geneva alongside key European allies over a controversial U.S.-backed peace plan for the ongoing Russia-Ukraine conflict. The meeting focuses on a new 28-point proposal that has generated alarm across Kyiv, Washington, and major European capitals.\nTop diplomats from the United States and Ukraine arrived in Geneva over the weekend, joined by national security officials from France, Germany, and Britain.',
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
          'agenda=true@unnamed ~ A controversial U.S.-backed peace plan for the ongoing Russia-Ukraine conflict',
          'agenda=true@unnamed ~ A new 28-point proposal',
        ],
      },
    ],
  },
]
