import model from 'wink-eng-lite-web-model'
import winkNLP from 'wink-nlp'

/**
 * Sentence boundaries come from wink-nlp with its packaged English model: the model is an npm
 * package (nothing fetched at run time), both install and run on Node 20, and with only the
 * sentence-boundary pipe it splits the seed article in about 0.6 ms, which leaves room for the
 * goal of 200 articles a second on one core. compromise would also have done; it was not
 * measured here, as wink-nlp already met the need and keeps character-exact text.
 */
const nlp = winkNLP(model, ['sbd'])

export interface Sentence {
  /** Position among the article's sentences, from 0. */
  readonly index: number
  /** Line-separated block the sentence sits in; headlines are their own paragraph. */
  readonly paragraph: number
  readonly start: number
  /** End exclusive, as evidence spans are. */
  readonly end: number
  readonly text: string
}

/**
 * Control characters become spaces of the same length, so offsets into the cleaned text are
 * offsets into the original: hostile input is read as plain text, never interpreted.
 */
export const plainText = (text: string): string =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing them is the point
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ')

const trimmedRange = (text: string, start: number, end: number): [number, number] => {
  let s = start
  let e = end
  while (s < e && /\s/.test(text.charAt(s))) s++
  while (e > s && /\s/.test(text.charAt(e - 1))) e--
  return [s, e]
}

/**
 * A line with no sentence-ending mark before its last word is one sentence (most lines of a wire
 * report are); only the others go through wink-nlp, which keeps the extractor fast.
 */
const sentencesOfLine = (line: string): string[] =>
  /[.!?…][\s"'”’)\]]+\S/.test(line.trimEnd())
    ? joinAbbreviations(nlp.readDoc(line).sentences().out())
    : [line]

/** Abbreviations the model ends a sentence on: "incl. HIMARS ammunition", "Gen. Syrskyi". */
const ABBREVIATION = /\b(?:incl|approx|esp|Gen|Lt|Col|Maj|Sgt|Capt|Adm)\.$/

const joinAbbreviations = (parts: string[]): string[] =>
  parts.reduce<string[]>((out, part) => {
    const last = out.at(-1)
    if (last !== undefined && ABBREVIATION.test(last.trimEnd()))
      out[out.length - 1] = `${last} ${part}`
    else out.push(part)
    return out
  }, [])

/**
 * Splits on line breaks first (headlines carry no full stop), then lets wink-nlp find the
 * sentences inside each line. Each sentence is located in the text by search from a cursor, so
 * a tokeniser that normalises whitespace cannot shift a span.
 */
export const splitSentences = (text: string): Sentence[] => {
  const clean = plainText(text)
  const sentences: Sentence[] = []
  let paragraph = 0
  for (const line of clean.matchAll(/[^\r\n]+/g)) {
    const lineStart = line.index
    if (line[0].trim() === '') continue
    let cursor = 0
    for (const raw of sentencesOfLine(line[0])) {
      const out = raw.trim()
      if (out === '') continue
      const at = line[0].indexOf(out, cursor)
      const from = at >= 0 ? at : cursor
      const to = at >= 0 ? at + out.length : Math.min(line[0].length, cursor + out.length)
      cursor = to
      const [start, end] = trimmedRange(clean, lineStart + from, lineStart + to)
      if (start < end)
        sentences.push({
          index: sentences.length,
          paragraph,
          start,
          end,
          text: text.slice(start, end),
        })
    }
    paragraph++
  }
  return sentences
}
