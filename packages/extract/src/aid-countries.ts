import type { Lexicon, NewName } from '@sitrep/domain'
import { knownActor, proposedId } from './names.ts'

/**
 * The world's states by their usual English names. The actor dictionary holds only the states
 * the seed needs, yet any of these can give aid ("Japan has sent generators", "from the US,
 * Netherlands and Germany"); one the dictionary lacks is kept under a proposed id and flagged.
 */
const COUNTRIES = [
  'Afghanistan',
  'Albania',
  'Algeria',
  'Andorra',
  'Angola',
  'Argentina',
  'Armenia',
  'Australia',
  'Austria',
  'Azerbaijan',
  'Bahrain',
  'Bangladesh',
  'Belarus',
  'Belgium',
  'Bolivia',
  'Bosnia and Herzegovina',
  'Botswana',
  'Brazil',
  'Brunei',
  'Bulgaria',
  'Cambodia',
  'Cameroon',
  'Canada',
  'Chile',
  'China',
  'Colombia',
  'Costa Rica',
  'Croatia',
  'Cuba',
  'Cyprus',
  'Czechia',
  'Czech Republic',
  'Denmark',
  'Ecuador',
  'Egypt',
  'Estonia',
  'Ethiopia',
  'Finland',
  'France',
  'Germany',
  'Ghana',
  'Greece',
  'Hungary',
  'Iceland',
  'India',
  'Indonesia',
  'Iran',
  'Iraq',
  'Ireland',
  'Israel',
  'Italy',
  'Japan',
  'Kazakhstan',
  'Kenya',
  'Kosovo',
  'Kuwait',
  'Kyrgyzstan',
  'Latvia',
  'Lebanon',
  'Libya',
  'Liechtenstein',
  'Lithuania',
  'Luxembourg',
  'Malaysia',
  'Malta',
  'Mexico',
  'Moldova',
  'Monaco',
  'Mongolia',
  'Montenegro',
  'Morocco',
  'Netherlands',
  'New Zealand',
  'Nigeria',
  'North Korea',
  'North Macedonia',
  'Norway',
  'Oman',
  'Pakistan',
  'Peru',
  'Philippines',
  'Poland',
  'Portugal',
  'Qatar',
  'Romania',
  'San Marino',
  'Saudi Arabia',
  'Serbia',
  'Singapore',
  'Slovakia',
  'Slovenia',
  'South Africa',
  'South Korea',
  'Spain',
  'Sweden',
  'Switzerland',
  'Syria',
  'Taiwan',
  'Tajikistan',
  'Thailand',
  'Tunisia',
  'Turkey',
  'Türkiye',
  'Turkmenistan',
  'United Arab Emirates',
  'Uruguay',
  'Uzbekistan',
  'Venezuela',
  'Vietnam',
]

/** "the Japanese government", "the Dutch defence ministry": a state acting through a body. */
const DEMONYMS: Record<string, string> = {
  Australian: 'Australia',
  Austrian: 'Austria',
  Belgian: 'Belgium',
  British: 'United Kingdom',
  Bulgarian: 'Bulgaria',
  Canadian: 'Canada',
  Croatian: 'Croatia',
  Czech: 'Czech Republic',
  Danish: 'Denmark',
  Dutch: 'Netherlands',
  Estonian: 'Estonia',
  Finnish: 'Finland',
  French: 'France',
  German: 'Germany',
  Greek: 'Greece',
  Hungarian: 'Hungary',
  Icelandic: 'Iceland',
  Irish: 'Ireland',
  Italian: 'Italy',
  Japanese: 'Japan',
  Latvian: 'Latvia',
  Lithuanian: 'Lithuania',
  Norwegian: 'Norway',
  Polish: 'Poland',
  Portuguese: 'Portugal',
  Romanian: 'Romania',
  Slovak: 'Slovakia',
  Slovenian: 'Slovenia',
  'South Korean': 'South Korea',
  Spanish: 'Spain',
  Swedish: 'Sweden',
  Swiss: 'Switzerland',
  Turkish: 'Turkey',
}
/** A body's noun with its first letter either way: "government", "Government". */
/** The country a national adjective names ("Danish" → "Denmark"), when the list holds it. */
export const countryOfDemonym = (word: string): string | undefined =>
  Object.hasOwn(DEMONYMS, word) ? DEMONYMS[word] : undefined

const either = (word: string) =>
  `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`
const BODY = `(?:${['government', 'authorities', 'cabinet', 'parliament', 'embassy', 'president', 'chancellor', 'king'].map(either).join('|')}|(?:${['foreign', 'defence', 'defense', 'finance', 'prime'].map(either).join('|')})\\s+(?:${['ministry', 'minister'].map(either).join('|')}))`
const COUNTRY = new RegExp(
  `\\b(?:${COUNTRIES.join('|')})\\b|\\b(${Object.keys(DEMONYMS).join('|')})\\s+${BODY}\\b`,
  'gu',
)

export interface CountryMention {
  readonly id: string
  readonly start: number
  readonly end: number
  readonly newName?: NewName
}

/**
 * States named in `text` (which starts at `offset` in the article): the dictionary's id when it
 * holds the state, else a proposed id with the name flagged for the editor.
 */
export const countriesIn = (text: string, offset: number, lexicon: Lexicon): CountryMention[] =>
  [...text.matchAll(COUNTRY)].map((m) => {
    const demonym = m[1]
    const name = demonym ? (DEMONYMS[demonym] ?? demonym) : m[0]
    const start = offset + m.index
    const span = { start, end: start + (demonym ?? name).length }
    const known = knownActor(name, lexicon)
    if (known) return { id: known, ...span }
    const id = proposedId(name)
    return { id, ...span, newName: { type: 'actor', name, proposedId: id, span } }
  })

const UKRAINE = /\b(?:Ukrain\w*|Kyiv|Kiev)\b/
const ELSEWHERE =
  /\b(?:to|for)\s+(?:the\s+)?(?:people of\s+)?(?:Gaza|Palestinians|the Palestinian Authority)\b/

/**
 * Aid a sentence sends somewhere other than Ukraine ("$200 million to Gaza", "€50 million for
 * Moldova") while it never names Ukraine: another recipient's aid, not Ukraine's.
 */
export const givenElsewhere = (text: string): boolean =>
  !UKRAINE.test(text) &&
  (ELSEWHERE.test(text) ||
    // every aid reader's sentence asks this: only where the words before a state are, no lookups
    (TO_OR_FOR.test(text) &&
      [...text.matchAll(COUNTRY)].some((m) =>
        SENT_TO.test(text.slice(Math.max(0, m.index - 20), m.index)),
      )))

// "according to Finnish Defence Minister X", "thanks to Dutch funding": a source or a cause
const SENT_TO = /(?<!\b(?:[Aa]ccording|[Tt]hanks|[Dd]ue|[Oo]wing)\s)\b(?:to|for)\s+(?:the\s+)?$/
/** What SENT_TO needs anywhere in the text (without its \b, which a cut slice may start on). */
const TO_OR_FOR = /(?:to|for)\s/
