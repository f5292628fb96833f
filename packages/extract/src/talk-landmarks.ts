import type { Lexicon } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'

/**
 * Seats and palaces where talks sit, read as the city that holds them: "received Witkoff at the
 * Kremlin", "met at the Dolmabahce Palace", "talks at the White House". The venue is the city,
 * as the corpus annotates it.
 */
const LANDMARKS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:at|in|inside|to) the Kremlin\b/, 'ru-moscow'],
  [/\b(?:at|in|to) the White House\b/, 'us-washington'],
  [/\b(?:at|in|to) (?:the )?(?:Dolmabah[cç]e|[CÇ][ıi]ra[gğ]an)(?: Palace)?\b/, 'tr-istanbul'],
  [/\b(?:at|in|to) the [EÉ]lys[eé]e(?: Palace)?\b/, 'fr-paris'],
  [/\b(?:at|in|to) (?:No\.? 10 )?Downing Street\b/, 'gb-london'],
  [/\b(?:at|in|to) (?:the )?Bankova\b/, 'ua-kyiv'],
]

/** "in the Turkish capital": capitals the gazetteer holds, by the demonym of their state. */
const CAPITAL_OF: Readonly<Record<string, string>> = {
  russian: 'ru-moscow',
  ukrainian: 'ua-kyiv',
  turkish: 'tr-ankara',
  saudi: 'sa-riyadh',
  emirati: 'ae-abu-dhabi',
  german: 'de-berlin',
  british: 'gb-london',
  french: 'fr-paris',
  polish: 'pl-warsaw',
  belarusian: 'by-minsk',
  belgian: 'be-brussels',
  american: 'us-washington',
}

// "in the Saudi capital, Riyadh" names the city itself: the name after the comma places it
const DEMONYM_CAPITAL = /\b(?:in|to|at) the (\p{Lu}\p{Ll}+) capital\b(?!,\s*\p{Lu})/gu

/** Where a sentence's landmarks and "the X capital" put its talks. */
export const landmarkVenues = (s: ArticleSentence, lexicon: Lexicon): string[] => {
  const out: string[] = []
  if (
    /\b(?:Kremlin|White House|Dolmabah|[CÇ][ıi]ra[gğ]an|[EÉ]lys[eé]e|Downing|Bankova)/.test(s.text)
  )
    for (const [pattern, city] of LANDMARKS) if (pattern.test(s.text)) out.push(city)
  if (/ capital\b/.test(s.text))
    for (const m of s.text.matchAll(DEMONYM_CAPITAL)) {
      const city = CAPITAL_OF[(m[1] ?? '').toLowerCase()]
      if (city && lexicon.place(city)) out.push(city)
    }
  return [...new Set(out)]
}

/** "talks hosted by Turkey", "Saudi Arabia hosted the talks": the host country is the venue. */
export const HOSTED_BY_BEFORE = /\b(?:hosted by|host(?:ed)? in|host country)\s+(?:the\s+)?$/i
export const HOSTS_AFTER = /^\s+(?:hosted|hosts|will host|is hosting|was hosting)\b/
