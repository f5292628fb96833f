import type { RealPassage } from '../types.ts'

/**
 * Passages 133–134 of the dev set, in its order (see ../dev.ts): the third round's strikes,
 * told with tolls, a date and damage, from outlets in neither split; gold annotated from the
 * text alone before the extractor was run on them.
 */
export const part15: readonly RealPassage[] = [
  {
    id: 'indiatoday-mykolaiv-building-12-killed-33-injured',
    url: 'https://www.indiatoday.in/world/russia-ukraine-war/story/russia-ukraine-war-mykolaiv-governor-unhurt-death-toll-at-12-1931278-2022-03-30',
    outlet: 'India Today',
    publishedAt: '2022-03-30',
    text: 'The Russian missile tore through the government building on Tuesday morning, killing at least 12 people and injuring 33.\n\nThe administrative building was left with a gaping hole in the middle with rows of windows blown out and its base surrounded by debris.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'weapon=missile',
          'date=2022-03-29..2022-03-29/part-of-day@unnamed',
          'killed=at-least 12 scope=-@unnamed',
          'injured=exact 33 scope=-@unnamed',
          'effect=damage @unnamed',
        ],
      },
    ],
  },
  {
    id: 'newtr-kharkiv-administration-missile-20-injured',
    url: 'https://www.newtr.tv/post/russian-forces-hit-governor-s-building-in-ukraine-s-kharkiv-with-missile',
    outlet: 'NewTR',
    text: "Russian forces on Tuesday morning hit with a missile the central square and the regional administration building in Ukraine's northeastern Kharkiv city.\n\nSpeaking on the consequences of the shelling of the country's second-largest city, Yevhen Vasylenko, the spokesman for the Ukrainian State Emergency Service in the Kharkiv region, said rescue teams saved six people, including one child, while about 20 people were injured.\n\nHe added that there are still people under the debris, with no certain information yet available on fatalities.",
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kharkiv',
          'weapon=missile',
          'date=unresolved/part-of-day@unnamed',
          'effect=damage ua-kharkiv@unnamed',
          'injured=about 20 scope=ua-kharkiv@new-yevhen-vasylenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-yevhen-vasylenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-yevhen-vasylenko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-yevhen-vasylenko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=unresolved/day@new-yevhen-vasylenko',
        ],
      },
    ],
  },
]
