import type { RealPassage } from '../types.ts'

/**
 * Passages 174–178 of the dev set, in its order (see ../dev.ts): the fifth round's statements —
 * evening addresses, an interview and a defence minister's speech, some about Putin rather than
 * by him — from outlets in neither split or already on the dev side; gold annotated from the text
 * alone before the extractor was run on them.
 */
export const part26: readonly RealPassage[] = [
  {
    id: 'onlineua-zelensky-putin-buying-time-80-injured',
    url: 'https://news.online.ua/en/putin-is-buying-time-to-continue-the-war-zelenskyy-on-russias-criminal-actions-894108/',
    outlet: 'Online.ua',
    text: "The illegitimate Russian President Vladimir Putin is taking advantage of the fact that not everyone in the world condemns his attacks on Ukraine. He wants to continue the war and is buying time to do so.\n\nThis was announced by Ukrainian President Volodymyr Zelensky in an evening address.\n\nThe head of state said that as a result of today's massive night strike by the Russians throughout the country, 80 people were injured. Everyone was provided with assistance. There are also fatalities. As of now, four fatalities are known — in Kyiv and Lutsk. There may still be people under the rubble.",
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv',
          'place=ua-lutsk',
          'date=unresolved/night@zelensky',
          'injured=exact 80 scope=ua@zelensky',
          'killed=exact 4 scope=-@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=video-message',
          'date=unresolved/day@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=video-message',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'novyny-zelensky-nbc-putin-does-not-want-to-stop',
    url: 'https://news.novyny.live/en/putin-does-not-want-to-stop-the-war-zelensky-288504.html',
    outlet: 'Novyny.LIVE',
    publishedAt: '2025-10-20',
    text: 'Ukrainian President Volodymyr Zelensky stated that Kremlin leader Vladimir Putin does not want to end the war, as evidenced by Russia expanding its capabilities to strike Ukraine.\n\nThis was reported by Novyny.LIVE, citing the president’s interview with NBC News.\n\n"Russia has increased its capabilities — investing money, receiving help from North Korea, machinery from China, and licenses from Iran. This shows that Putin doesn’t want to stop the war; he seeks pressure and ultimatums. Again, this is how Putin sees this war," Zelensky said.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=interview',
          'date=unresolved/day@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=quote',
          'channel=interview',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'liga-zelensky-signal-year-of-war-head-of-state',
    url: 'https://news.liga.net/en/politics/news/zelensky-awaits-us-reaction-to-signals-from-russia-about-continuation-of-war',
    outlet: 'LIGA.net',
    text: 'On Wednesday, December 17, Moscow sent another signal that the Russians are preparing the next year as a year of war, and Ukraine expects a reaction from its partners. This was stated in the evening video address, reported president Volodymyr Zelenskyy.\n\n"Today we heard another signal from Moscow that they are preparing next year to be a year of war. And these are signals, not only for us. It is important that our partners see this, and it is important that they not only see but also react, in particular, our partners in the United States, who often say that Russia seems to want to end the war," the Head of State said.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=video-message',
          'date=unresolved/day@zelensky',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=quote',
          'channel=video-message',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'unn-zelensky-putin-focused-on-continuing-war',
    url: 'https://unn.ua/en/news/putin-wants-war-russian-propagandists-are-preparing-the-audience-for-the-failure-of-negotiations-zelenskyy',
    outlet: 'UNN',
    publishedAt: '2025-04-14',
    text: 'President of Ukraine Volodymyr Zelenskyy stated that Russian dictator Vladimir Putin is focused on continuing the war, and Russian state propagandists are preparing their audience for the fact that negotiations and diplomacy will not yield results. Strong pressure on Russia is needed, and if it is not there, then Russia will continue to do what they are used to - continue to fight, reports UNN.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'onlineua-pistorius-odesa-airstrikes-intensified',
    url: 'https://news.online.ua/en/german-mod-chief-russias-war-against-ukraine-also-threatens-moldova-georgia-and-nato-states-879741/',
    outlet: 'Online.ua',
    publishedAt: '2024-06-06',
    text: "Pistorius emphasised that the criminal war unleashed by Russia against Ukraine is an attack on international order and freedom, as Kremlin dictator Vladimir Putin refuses to recognise the sovereignty of Russia's neighbouring states.\n\nWhen I visited Odesa last week, the war was everywhere. Destroyed houses, monuments covered with sandbags, a missile alert, seriously wounded soldiers in the hospital, with whom I managed to talk. For Putin, these human destinies do not matter. He started a war and it will not stop. Airstrikes against Ukraine, in particular against civilian objects, have intensified again, the chief of the German Defence Ministry emphasised.",
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=pistorius',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@pistorius',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=pistorius',
          'mode=quote',
          'channel=remarks',
          'date=unresolved/day@pistorius',
        ],
      },
    ],
  },
]
