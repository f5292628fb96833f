import { istanbulTalksArticleText as seed } from './article-text.ts'

/*
 * Other texts of the seed article, as other outlets would carry it, and a different report of the
 * same night: the pairs near-duplicate detection is calibrated and tested on, in every package.
 */

const lines = seed.split('\n')

/** The seed as a second outlet ran it: headline trimmed, two sections swapped, a sentence added. */
export const editedCopy = [
  'Fresh Ukraine-Russia talks in Istanbul',
  ...lines.slice(1, 10),
  ...lines.slice(27, 33),
  ...lines.slice(10, 27),
  ...lines.slice(33),
  'The talks are expected to last one day, officials in Ankara said.',
].join('\n')

/** Only the first half, re-headlined: what a site that cut the aid sections would carry. */
export const shortenedCopy = [
  'Zelensky: new round of talks on Wednesday',
  ...lines.slice(1, 20),
].join('\n')

/** Typography and spacing changed by a content system, and a byline added. */
export const retypedCopy = `By a staff writer\n\n${seed.replaceAll('’', "'").replaceAll('“', '"').replaceAll('”', '"').replaceAll('\n', '\n\n')}\n`

/** A different report of the same night: same people, places and stock phrases, other words. */
export const sameNightOtherReport = [
  'Russia launches hundreds of drones at Ukraine overnight into Monday',
  'Russia attacked Ukraine overnight into Monday with 426 Shahed-type drones and 24 missiles, the Ukrainian Air Force said.',
  'Air defences destroyed most of them, the Air Force said in a statement on Telegram, while some drones were lost to electronic warfare.',
  'In Kyiv, debris fell on residential buildings in several districts and a fire broke out in a market, the city administration said.',
  'Ivano-Frankivsk and Kharkiv were also hit, local authorities said, and residents spent hours in shelters.',
  'Zelensky called on partners to speed up deliveries of air defence systems, saying Russia was launching more drones every week.',
  'Moscow said its air defences had intercepted Ukrainian drones over several Russian regions during the night.',
].join('\n')

/**
 * A second outlet's report of the seed night, written for sitrep from the public record: Kyiv's
 * military administration gave one dead and seven injured (the seed's officials said eight), the
 * Air Force 426 drones and 24 missiles, and Ivano-Frankivsk's governor four injured there. Merged
 * into the seed's attack, it disputes Kyiv's injured (7 vs 8) and nothing else.
 */
export const secondOutletReport = [
  'Russian drones and missiles hit Kyiv, killing one',
  "KYIV, July 21 - Russia attacked Kyiv with drones and missiles overnight into Monday, killing one person and injuring seven, the head of the city's military administration, Tymur Tkachenko, said.",
  "Ukraine's air force said Russia had launched 426 drones and 24 missiles across the country, most of them aimed at the capital.",
  'Debris fell on several districts of the city and set the entrance of a metro station on fire, city officials said.',
  'In the western city of Ivano-Frankivsk, four people were injured, regional governor Svitlana Onyshchuk said.',
].join('\n')
