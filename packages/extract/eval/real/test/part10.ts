import type { RealPassage } from '../types.ts'

/** Passages 77–78 of the test set, in its order (see ../test.ts). */
export const part10: readonly RealPassage[] = [
  {
    id: 'independent-klitschko-3000-without-heating',
    url: 'https://www.independent.co.uk/bulletin/news/ukraine-kyiv-power-weather-putin-b2905344.html',
    outlet: 'The Independent',
    publishedAt: '2026-01-22',
    text: 'Around 3,000 apartment buildings were still without heating in Ukraine\'s capital Kyiv following a Russian air attack this week, Mayor Vitali Klitschko said on Thursday. "As of this morning, just under 3,000 high-rise buildings in the capital remain without heating," he said on the Telegram messaging app.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv',
          'date=2026-01-19..2026-01-25/week@new-vitali-klitschko',
          'effect=other ua-kyiv@new-vitali-klitschko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vitali-klitschko',
          'mode=paraphrase',
          'channel=remarks',
          'about=a1',
          'date=2026-01-22..2026-01-22/day@new-vitali-klitschko',
        ],
      },
      {
        kind: 'statement',
        facts: [
          'speaker=new-vitali-klitschko',
          'mode=quote',
          'channel=social-media-post',
          'about=a1',
          'date=unresolved/day@new-vitali-klitschko',
        ],
      },
    ],
  },
  {
    id: 'timeslive-energy-attack-1-2-million',
    url: 'https://www.timeslive.co.za/news/world/2026-01-24-russian-air-attack-on-ukraine-knocks-out-power-for-millions/',
    outlet: 'TimesLIVE',
    publishedAt: '2026-01-24',
    text: 'Russia launched another vast attack on Ukraine’s energy system in the small hours of Saturday, rocking Kyiv with explosions throughout the night and leaving 1.2-million properties without power countrywide.\nNearly 6,000 buildings in the capital were left without heating on Saturday morning as temperatures hovered around -10°C.',
    gold: [
      {
        kind: 'attack',
        id: 'a1',
        facts: [
          'attacker=russia',
          'target=ukraine',
          'place=ua-kyiv',
          'date=2026-01-23..2026-01-24/night@unnamed',
          'effect=power-outage ua@unnamed',
          'effect=other ua-kyiv@unnamed',
        ],
      },
    ],
  },
]
