import type { Report } from './types.ts'

/**
 * Two nights in a row told with other counts and places (issue #14, round 9), from outlets dev
 * had not used, written after all of the round's scoring changes: the wave into 7 March 2025 on
 * energy and gas sites (67 missiles and 194 drones, Kharkiv and Poltava's injured, or no count
 * at all), and the next night into 8 March (145 drones, two Iskander-M and an Iskander-K; 11
 * killed in Dobropillia and three in the Kharkiv region, told as one night's toll of 14). Found
 * through public web archives, restated with each outlet's own figures, names and dates, and
 * labelled from the texts before their first run; a sentence recalling the night before is left
 * out, so each report tells one night. Finance Market News carries no date of its own: it takes
 * the day it calls "today", 8 March.
 */
export const eighteenthBatch: readonly Report[] = [
  {
    id: 'at-250307-moscowtimes',
    kind: 'attack',
    event: 'attack:2025-03-07:wave',
    outlet: 'The Moscow Times',
    url: 'https://www.themoscowtimes.com/2025/03/07/russia-launches-large-scale-attack-on-ukraines-energy-infrastructure-a88279',
    publishedAt: '2025-03-07',
    split: 'dev',
    text: 'Russia\'s military launched a large-scale missile and drone attack on Ukraine\'s energy and gas infrastructure on Friday, Ukrainian officials said: "The energy and gas infrastructure in various regions of Ukraine is under mass missile and drone shelling again," Energy Minister German Galushchenko wrote.',
  },
  {
    id: 'at-250307-malaymail',
    kind: 'attack',
    event: 'attack:2025-03-07:wave',
    outlet: 'Malay Mail (Reuters)',
    url: 'https://www.malaymail.com/news/world/2025/03/07/russia-launches-missile-barrage-on-ukraine-after-us-cuts-military-aid/168916',
    publishedAt: '2025-03-07',
    split: 'dev',
    text: "Russian forces damaged Ukrainian energy and gas infrastructure overnight: Ukraine's air force said Russia fired 67 missiles and 194 drones, of which it shot down 34 missiles and 100 drones. Eight people were injured in Kharkiv and two, including a child, in Poltava, officials said.",
  },
  {
    id: 'at-250308-politico',
    kind: 'attack',
    event: 'attack:2025-03-08:wave',
    outlet: 'Politico Europe',
    url: 'https://www.politico.eu/article/russian-strikes-on-ukraine-leave-11-dead/',
    publishedAt: '2025-03-08',
    split: 'dev',
    text: 'At least 14 people were killed and 37 wounded in Russian missile and drone attacks against Ukraine overnight, Ukrainian officials said on Saturday: 11 people, including five children, in the town of Dobropillya in the Donetsk region, and three more in a drone attack on the Kharkiv region.',
  },
  {
    id: 'at-250308-ziare',
    kind: 'attack',
    event: 'attack:2025-03-08:wave',
    outlet: 'Ziare',
    url: 'https://ziare.com/razboi-ucraina/14-morti-atac-rachete-rusia-donetk-1928155',
    publishedAt: '2025-03-08',
    split: 'dev',
    text: "At least 11 people were killed and 30 injured, five children among them, in Russian missile and drone attacks on the eastern Ukrainian town of Dobropillia during the night, Ukraine's Interior Ministry said on Saturday, 8 March; three more civilians were killed in a drone attack on the Kharkiv region.",
  },
  {
    id: 'at-250308-financemarketnews',
    kind: 'attack',
    event: 'attack:2025-03-08:wave',
    outlet: 'Finance Market News',
    url: 'https://financemarketnews.com/russia-strikes-with-iskander-missiles-children-killed-in-bombardment-in-ukraine',
    publishedAt: '2025-03-08',
    split: 'dev',
    text: 'Fourteen people, five of them children, were killed in Russian strikes on Dobropillia and the Kharkiv region, Ukrainian officials said today. The army said Russia launched two Iskander-M ballistic missiles, one Iskander-K cruise missile and 145 drones during the night; a cruise missile and 79 drones were shot down.',
  },
]
