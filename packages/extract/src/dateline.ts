/**
 * "KYIV, Jan 24 (Reuters) -", "ABU DHABI, Jan. 23 (Xinhua) --", "MOSCOW, June 9. /TASS/.",
 * "Berlin, Sep 8 (EFE).-", "Kiev, May 18, (dpa/GNA) -": a place and a day opening a report say
 * where and when it was filed.
 */
const DATELINE =
  /^\s*(?:\p{Lu}[\p{L}.'’-]*\s?){1,3}[,.]\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?(?=,?\s*(?:\.\s*)?(?:\(|\/|[-–—]))/u

/**
 * Where the dateline's day ends, or 0 when the text opens with none. The day a report was filed
 * is no day of what it reports: a meeting "took place" or aid "was handed over" on a day the
 * text does not give.
 */
export const datelineEnd = (text: string): number => {
  // the readers ask it of the same article for every record and clause
  if (text !== lastText) {
    lastEnd = DATELINE.exec(text)?.[0].length ?? 0
    lastText = text
  }
  return lastEnd
}
let lastText: string | undefined
let lastEnd = 0

/** The agency's credit after a dateline: " (Reuters) -", " /TASS/.", " (EFE).-", " –". */
const CREDIT = /^,?\s*(?:\.\s*)?(?:\([^()]{1,40}\)|\/[^/]{1,40}\/)?\s*\.?\s*[-–—]*\s*/

/**
 * Where the report's own first sentence starts, past its dateline and the agency's credit, or 0
 * when the text opens with no dateline: "KYIV, Jan 24 (Reuters) - Ukraine said" is Ukraine's
 * words, not words of a city.
 */
export const reportStart = (text: string): number => {
  const end = datelineEnd(text)
  return end === 0 ? 0 : end + (CREDIT.exec(text.slice(end))?.[0].length ?? 0)
}
