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

const COUNTRY = new RegExp(`\\b(?:${COUNTRIES.join('|')})\\b`, 'g')

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
    const name = m[0]
    const start = offset + m.index
    const span = { start, end: start + name.length }
    const known = knownActor(name, lexicon)
    if (known) return { id: known, ...span }
    const id = proposedId(name)
    return { id, ...span, newName: { type: 'actor', name, proposedId: id, span } }
  })
