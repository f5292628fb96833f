/**
 * Cyrillic capitals that Russian weapon designations share with Latin ones, read as the Latin
 * names write them: С-300 is the S-300, Х-101 the X-101 (Kh-101), Тu-22К the Tu-22K. В is left
 * out: it looks like B and reads V.
 */
const LATIN: Readonly<Record<string, string>> = {
  А: 'A',
  Е: 'E',
  І: 'I',
  К: 'K',
  М: 'M',
  Н: 'N',
  О: 'O',
  Р: 'R',
  С: 'S',
  Т: 'T',
  Х: 'X',
}

const CYRILLIC = /[\u0400-\u04FF]/

/**
 * A model name with its Cyrillic look-alike letters in Latin, one word at a time, and only in a
 * word that is then wholly Latin, a designation like "С-300" or "Тu-22К". A Ukrainian or Russian
 * name ("Молнія", "Привет-82") is a name, kept as the source spells it.
 */
export const latinDesignation = (name: string): string =>
  name.replace(/[^\s,/()]+/g, (word) => {
    // "C-300": the Cyrillic С typed as a Latin C (the Air Force file's 80 rows of it, which its
    // weapon reference names S-300); no Russian designation starts with a Latin C and a number.
    if (/^C-\d/.test(word)) return `S${word.slice(1)}`
    if (!CYRILLIC.test(word)) return word
    const latin = [...word].map((ch) => LATIN[ch] ?? ch).join('')
    return CYRILLIC.test(latin) ? word : latin
  })
