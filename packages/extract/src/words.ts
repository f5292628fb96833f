/** A word or a single mark, with its offsets in the text it was read from. */
export interface Word {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** The definition: a run of letters (with ’ ' . - inside), or any one other non-space mark. */
export const WORD = /[\p{L}\p{M}][\p{L}\p{M}’'.-]*|[^\s\p{L}\p{M}]/gu
const LETTER = /[\p{L}\p{M}]/u
const SPACE = /\s/

/** Letters, marks and spaces by code point: ASCII by its codes, the rest by the same classes. */
const isLetter = (c: number): boolean =>
  c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(String.fromCodePoint(c))
const isSpace = (c: number): boolean =>
  c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCodePoint(c))
// ’ ' . -
const isJoiner = (c: number): boolean => c === 0x2019 || c === 39 || c === 46 || c === 45

/**
 * The words of a text as WORD finds them, read code point by code point: every sentence and
 * speaker phrase is split into words, and the pattern's Unicode classes cost more than a loop
 * that only asks them of letters outside ASCII.
 */
export const wordsOf = (text: string): Word[] => {
  const out: Word[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.codePointAt(i) ?? 0
    const width = c > 0xffff ? 2 : 1
    if (isLetter(c)) {
      let j = i + width
      while (j < n) {
        const d = text.codePointAt(j) ?? 0
        if (!isJoiner(d) && !isLetter(d)) break
        j += d > 0xffff ? 2 : 1
      }
      out.push({ start: i, end: j, text: text.slice(i, j) })
      i = j
    } else {
      if (!isSpace(c)) out.push({ start: i, end: i + width, text: text.slice(i, i + width) })
      i += width
    }
  }
  return out
}
