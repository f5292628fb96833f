import type { EvalText } from './types.ts'

/** Text about something else: every record proposed from these is invented. */
export const offTopicTexts: readonly EvalText[] = [
  {
    id: 'football-report',
    publishedAt: '2025-09-21',
    text: 'Shakhtar Donetsk beat Dynamo Kyiv 2-1 on Sunday in Lviv. Two goals in the second half settled the match, coach Marino Pusic said after the game. More than 20,000 fans attended.',
    gold: [],
  },
  {
    id: 'recipe',
    text: 'Preheat the oven to 180 degrees. Mix two cups of flour with three eggs and a pinch of salt, then bake for 25 minutes. Serve warm.',
    gold: [],
  },
]
