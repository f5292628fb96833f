/**
 * Phrases that tie a count to a whole country rather than to one place in it: "across the
 * country", "launched 80 drones at Ukraine", "over Russian territory", and the wordings news
 * prose uses for the same thing — "fired into Ukraine", "towards Ukraine", "targeting southern
 * and central Ukraine", "at Ukrainian targets", "against Russian cities", "regions of the
 * country". (An "attack on Ukraine" the count is part of is not enough: the corpus reads those
 * counts as of no place.)
 * A possessive ("over Ukraine's Kharkiv region") names a place inside it.
 */
const COUNTRY = "(?:Ukraine|Russia)\\b(?!['’])"
const DEMONYM = '(?:Russian|Ukrainian)'
const PARTS = '(?:regions|oblasts|cities|towns|areas|parts|settlements)'
const WHOLE_COUNTRY = new RegExp(
  [
    'across the country|nationwide|throughout the country|country as a whole|all over the country',
    `(?:across|against|at|over|into|towards?) ${COUNTRY}`,
    // "targeting southern, western, and central Ukraine": the country by its parts
    `targeting (?:(?:the )?\\p{Ll}+,? (?:and |or )?){0,4}${COUNTRY}`,
    `(?:over|at|against|across) (?:the )?(?:\\d+ |several |multiple )?${DEMONYM} (?:territory|airspace|regions)`,
    // "at Ukrainian targets", "against Russian cities", "targeting Ukrainian energy facilities"
    `(?:at|against|on|targeting) (?:the )?${DEMONYM} (?:targets|cities|towns|settlements|energy|infrastructure)`,
    'over (?:the )?(?:\\p{Lu}\\p{Ll}+(?:ian|ean)) (?:territory|airspace|regions)',
    `over the territory of ${COUNTRY}`,
    // "the northeastern and central regions of the country", "different regions of Ukraine"
    // (but "the Kharkiv and Dnipro regions of Ukraine" names its regions)
    `\\p{Ll}+ ${PARTS} of (?:the country|${COUNTRY})`,
  ]
    .map((p) => `\\b(?:${p})\\b`)
    .join('|'),
  'u',
)

/** A cheap test before the pattern of the whole-country phrases. */
const COUNTRY_WORD = /country|nationwide|Ukrain|Russia|territory|airspace|regions|oblasts|cities/

/** Whether the sentence ties its counts to the whole country it names or implies. */
export const namesWholeCountry = (text: string): boolean =>
  COUNTRY_WORD.test(text) && WHOLE_COUNTRY.test(text)
