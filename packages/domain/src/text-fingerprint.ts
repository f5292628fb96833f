/**
 * Typographic marks that editors and wire services swap freely: curly and straight quotes,
 * primes, and the dashes. Unified before punctuation is collapsed so that a quote mark inside a
 * word ("Ukraine’s" / "Ukraine's") stays the same word.
 */
const TYPOGRAPHIC = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060]/g
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g

/**
 * The words of a text as sitrep compares them: NFKC (full-width and ligature forms fold to
 * their plain letters), quotes unified, case-folded, and every run of punctuation, symbols and
 * white space one space. Two copies of an article that differ only in typography, line breaks
 * or a trailing newline read the same.
 */
export const normaliseText = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(TYPOGRAPHIC, "'")
    .replace(DOUBLE_QUOTES, '"')
    .toLowerCase()
    // An apostrophe inside a word joins it ("ukraine's" → "ukraines"), so its spelling does not split words.
    .replace(/(?<=[\p{L}\p{N}])'(?=[\p{L}\p{N}])/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** The words of `normaliseText`, in order. */
export const textWords = (text: string): string[] => {
  const normal = normaliseText(text)
  return normal === '' ? [] : normal.split(' ')
}

/**
 * SHA-256 of the normalised text, hex: equal for two copies that differ only in what
 * `normaliseText` folds away. Web Crypto, so it runs in a Worker as in Node.
 */
export const textFingerprint = async (text: string): Promise<string> => {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(normaliseText(text)),
  )
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
