import type { RealPassage } from '../types.ts'

/**
 * Dev passages of the attack and statement round (see ../dev.ts, README.md): a Zelensky count of
 * drones and missiles, and statements by Peskov, Zakharova and Lavrov (told reporters, "the
 * Kremlin official added", at a briefing); from outlets in neither split, gold annotated from the
 * text alone before the extractor was run on them.
 */
export const part31: readonly RealPassage[] = [
  {
    id: 'politis-zelensky-nearly-500-drones-40-missiles',
    url: 'https://en.politis.com.cy/globe/976874/russia-launches-nighttime-drone-and-missile-strikes-on-ukraine',
    outlet: 'Politis',
    text: 'Russia launched an attack on Ukraine overnight using nearly 500 drones and 40 missiles, targeting energy and non-military infrastructure, Ukrainian President Volodymyr Zelensky said today.\n“If Russia turns even the Christmas and New Year period into a time for destroyed homes, burnt apartments, and damaged energy facilities, then this sick activity can only be met with truly strong measures,” Zelensky wrote on X, calling on the US and Europe to increase pressure on Moscow.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'weapon=drone',
          'weapon=missile',
          'date=unresolved/night@zelensky',
          'launched=under 500 scope=-@zelensky',
          'launched=exact 40 scope=-@zelensky',
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
      {
        kind: 'statement',
        facts: [
          'speaker=zelensky',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@zelensky',
        ],
      },
    ],
  },
  {
    id: 'apa-peskov-accepts-new-reality',
    url: 'https://theasiatoday.org/global-war/kremlin-no-peace-until-kiev-accepts-new-reality/',
    outlet: 'APA',
    text: 'Kremlin spokesman Dmitry Peskov told reporters on Tuesday that reaching a peace agreement with Ukraine would be impossible unless the latter “accepts new reality.”, APA reports citing Teletrader.\n\nPeskov went on to say that Ukrainian President Volodymyr Zelensky’s three-step peace proposals are actually leading to the prolongation of hostilities. Answering the question of whether Russia would pull out its troops from Ukraine by the end of 2022, he underlined that that is “out of question.”',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@peskov',
        ],
      },
    ],
  },
  {
    id: 'intlmilitary-peskov-russia-ready-terms',
    url: 'https://www.international-military.com/2022/08/kremlin-spokesman-dmitry-peskov-said.html',
    outlet: 'International Military',
    text: 'Moscow - Ukraine can end the ongoing conflict at any time by acknowledging Russia \'s conditions . This was revealed by Kremlin spokesman Dmitry Peskov. "Russia is ready (for a peace deal), the Ukrainian side is well aware of our terms. One way or another, they will be met," the Kremlin official told reporters as quoted by Russia Today.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: ['speaker=peskov', 'mode=quote', 'channel=remarks', 'date=unresolved/day@peskov'],
      },
    ],
  },
  {
    id: 'seenews-peskov-no-peace-plan-four-regions',
    url: 'https://see.news/peskov-says-ukraines-peace-plan-not-possible',
    outlet: 'SEE News',
    text: 'Kremlin Spokesman Dmitry Peskov stated on Wednesday that there is no "peace plan" on Ukraine is possible if it does not account for four new regions joining Russia.\n"To begin with, so far, there is no Ukrainian ‘peace plan’ of any kind," Peskov commented on Ukrainian President Vladimir Zelenskyy’s initiative to come up with a "peace plan" by February when he would like to hold a "peace summit" at the UN.\nThe Kremlin official added: "And again, no Ukrainian ‘peace plan’ is possible if it does not take into account the modern reality - with Russia’s territory, with four new regions joining Russia."',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: ['speaker=peskov', 'mode=quote', 'channel=remarks', 'date=unresolved/day@peskov'],
      },
      {
        kind: 'statement',
        facts: ['speaker=peskov', 'mode=quote', 'channel=remarks', 'date=unresolved/day@peskov'],
      },
    ],
  },
  {
    id: 'trendozz-peskov-real-situation-on-the-ground',
    url: 'https://trendozz.com/world-news/twisted-reality-u-s-and-ukraine-condemn-russias-new-territorial-demands',
    outlet: 'Trendozz',
    text: 'On Monday, Kremlin spokesman Dmitry Peskov stated that any potential peace negotiations with Ukraine would depend on Kyiv’s position and what he called the “effectiveness” of U.S. mediation efforts. He emphasized that future talks should be based on the “real situation on the ground,” referencing the current military frontlines.\nPeskov also stressed that Western sanctions would not force Russia into talks, directly addressing the European Union’s newly adopted 18th sanctions package against Moscow.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@peskov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=peskov',
          'mode=paraphrase',
          'channel=remarks',
          'date=unresolved/day@peskov',
        ],
      },
    ],
  },
  {
    id: 'rossaprimavera-zakharova-briefing-western-weapons',
    url: 'https://eu.eot.su/2024/05/15/russian-foreign-ministry-promises-that-western-weapons-will-not-save-the-zelensky-regime/',
    outlet: 'Rossa Primavera',
    publishedAt: '2024-05-15',
    text: 'Western weapons will not save President Zelensky’s criminal regime from collapse, Russian Foreign Ministry spokeswoman Maria Zakharova said at a briefing on May 15.\n\nShe promised that all Western equipment supplied to Ukraine would be destroyed. Zakharova invited doubters to an exhibition of Western military equipment in Moscow.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=zakharova',
          'mode=paraphrase',
          'channel=press-conference',
          'date=2024-05-15..2024-05-15/day@zakharova',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zakharova',
          'mode=paraphrase',
          'channel=press-conference',
          'date=unresolved/day@zakharova',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=zakharova',
          'mode=paraphrase',
          'channel=press-conference',
          'date=unresolved/day@zakharova',
        ],
      },
    ],
  },
  {
    id: 'dantri-lavrov-rumors-geneva',
    url: 'https://sacdepphunu.com/russia-spoke-up-about-the-negotiation-information/',
    outlet: 'Dan Tri',
    text: '`Rumors are just rumors,` Russian Foreign Minister Sergey Lavrov said at a press conference on January 18, referring to reports that Russia and Ukraine had conducted negotiations in Geneva.\n\nAccording to Mr. Lavrov, it is necessary to discuss with the West about ending the conflict in Ukraine as well as the accompanying conditions.',
    gold: [
      {
        kind: 'statement',
        facts: [
          'speaker=lavrov',
          'mode=quote',
          'channel=press-conference',
          'date=unresolved/day@lavrov',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=lavrov',
          'mode=paraphrase',
          'channel=press-conference',
          'date=unresolved/day@lavrov',
        ],
      },
    ],
  },
]
