import type { Speaker } from './speaker.ts'

const PLACE_WORD =
  "(?:\\p{Lu}[\\p{L}’'.-]*|region|oblast|province|city|republic|territory|krai|district)"

/**
 * "Governor Vyacheslav Gladkov of Russia's Belgorod region", "Mayor Vitali Klitschko of Kyiv":
 * a title and a name, then the place the office is of. The name ends before " of".
 */
const NAME_OF_PLACE = new RegExp(
  `^((?:\\p{Lu}[\\p{L}.-]*\\s+){1,4}\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}[\\p{Ll}’'-]+)\\s+of\\s+(?:the\\s+)?${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,4}$`,
  'u',
)

const OF = /\sof\s/

/** Words that end a title rather than a name: "Minister of Foreign Affairs of Ukraine". */
const TITLE_END =
  /\b(?:Affairs|Defen[cs]e|Staff|Forces|Office|Ministry|Council|Security|Intelligence|General|Minister|Committee|Service)$/

/**
 * The person of "Title First Last of Place", when the head names one: the place qualifies the
 * office, and read whole it would turn the person into an unnamed official of the place.
 */
export const personOfPlace = (
  text: string,
  resolve: (head: string) => Speaker | undefined,
): Speaker | undefined => {
  // the pattern backtracks over every split of a run of capitals; most phrases hold no " of "
  const head = OF.test(text) ? NAME_OF_PLACE.exec(text)?.[1] : undefined
  if (!head || TITLE_END.test(head)) return undefined
  const who = resolve(head)
  return who?.isPerson && who.asserter.type === 'actor' ? who : undefined
}
