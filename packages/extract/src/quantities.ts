import type { Qualifier } from '@sitrep/domain'

const UNITS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
}
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}
const SCALES: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
  mn: 1_000_000,
  trillion: 1_000_000_000_000,
}

const WORD = `(?:${[...Object.keys(TENS), ...Object.keys(UNITS).filter((w) => w.length > 2), 'dozen'].join('|')})`
/** A number as written: "74", "1,200", "5.84", "fifteen", "twenty-five", "two hundred". */
export const NUMBER_PATTERN = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|a (?:hundred|thousand|dozen)|${WORD}(?:[-\\s]${WORD})*(?:\\s+(?:hundred|thousand|million|billion))?)`

/** "twenty-five" → 25, "two hundred" → 200, "1,200" → 1200; undefined when it is no number. */
export const parseNumber = (raw: string): number | undefined => {
  const text = raw.trim().toLowerCase()
  if (/^[\d,]+(\.\d+)?$/.test(text)) {
    const n = Number(text.replace(/,/g, ''))
    return Number.isFinite(n) ? n : undefined
  }
  let total = 0
  let current = 0
  let seen = false
  for (const word of text.split(/[-\s]+/)) {
    if (word === 'and') continue
    const unit = UNITS[word] ?? TENS[word]
    const scale = SCALES[word]
    if (unit !== undefined) current += unit
    else if (scale !== undefined) {
      current = (current || 1) * scale
      if (scale >= 1000) {
        total += current
        current = 0
      }
    } else return undefined
    seen = true
  }
  return seen ? total + current : undefined
}

/**
 * Wording → qualifier, longest first. "a total of" is exact: it sums, it does not hedge. "up to"
 * is a ceiling; "nearly" and "almost" fall short of the figure (under), as the corpus's annotation
 * rules read them.
 */
const QUALIFIERS: readonly (readonly [RegExp, Qualifier])[] = [
  [/(?:at least|no fewer than|no less than|a minimum of|not less than)\s+$/i, 'at-least'],
  [/(?:more than|over|in excess of|upwards of|above)\s+$/i, 'over'],
  [/(?:almost|nearly|just under)\s+$/i, 'under'],
  [/(?:around|about|approximately|roughly|some|an estimated|close to)\s+$/i, 'about'],
  [/(?:up to|at most|as many as|a maximum of)\s+$/i, 'at-most'],
  [/(?:fewer than|less than|under|below)\s+$/i, 'under'],
]

/** The qualifier written just before a number, and where that wording starts. */
export const qualifierBefore = (
  text: string,
  numberStart: number,
): { qualifier: Qualifier; start: number } => {
  const before = text.slice(Math.max(0, numberStart - 30), numberStart)
  for (const [pattern, qualifier] of QUALIFIERS) {
    const m = pattern.exec(before)
    if (m) return { qualifier, start: numberStart - (before.length - m.index) }
  }
  return { qualifier: 'exact', start: numberStart }
}

export interface CountMention {
  /** Offsets into the text given, qualifier included. */
  readonly start: number
  readonly end: number
  readonly value: number
  readonly qualifier: Qualifier
  readonly raw: string
}

const COUNT = new RegExp(`\\b${NUMBER_PATTERN}\\b`, 'gi')

/**
 * What a count starting a text opens with: its number ("20", "twenty", "a dozen") or the wording
 * of its qualifier ("at least 20"), each qualifier's words as QUALIFIERS spell them.
 */
const COUNT_OPENING = new RegExp(
  `^(?:\\d|a (?:hundred|thousand|dozen)|${WORD}|${QUALIFIERS.map(([p]) => p.source.replace(/\\s\+\$$/, '')).join('|')})`,
  'i',
)

/**
 * Whether a text may open with a count, as `findCounts` would give it from offset 0: a cheap
 * test for readers that want only such a count ("two more Patriot systems") of many short texts.
 */
export const mayOpenWithCount = (text: string): boolean => COUNT_OPENING.test(text)

/**
 * Whole-number counts in a text, each with its qualifier. Years, times and ordinals are not
 * counts; "a"/"an" only count before "dozen", "hundred" or "thousand"; "two dozen" is 24.
 */
export const findCounts = (text: string): CountMention[] => {
  const found: CountMention[] = []
  COUNT.lastIndex = 0
  for (let m = COUNT.exec(text); m; m = COUNT.exec(text)) {
    // "the largest single drone attack": "single" counts one only as "a single drone"
    if (
      /^single$/i.test(m[0]) &&
      !/\b(?:a|one)\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index))
    )
      continue
    const value = parseNumber(m[0])
    if (value === undefined || !Number.isInteger(value)) continue
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10)
    // ordinals, times, percentages, and ages ("a 27-year-old"), which count nobody
    // … and calibres ("155-mm rounds", "120mm mortars")
    if (/^(?:st|nd|rd|th)\b|^[:.]\d|^%|^[-\s]years?[-\s]old|^[-\s]?mm\b/i.test(after)) continue
    if (/^\d{4}$/.test(m[0]) && value >= 1900 && value <= 2100) continue
    if (/[€$£₴]\s*$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue
    // a model's number, not a count: "Kh-22", "Kh-47 Kinzhal", "Tu-95", "Kh-59/69", "S-300"
    if (/(?:\b\p{Lu}\p{L}{0,3}-|\d\/)$/u.test(text.slice(Math.max(0, m.index - 5), m.index)))
      continue
    // the second model of a pair: "Shahed-136 and 131 drones" counts 131 no drones
    const model = /-(\d{2,3})\s*(?:and|or|,)\s*$/.exec(
      text.slice(Math.max(0, m.index - 12), m.index),
    )
    if (model?.[1] && model[1].length === m[0].length && Math.abs(Number(model[1]) - value) < 20)
      continue
    const { qualifier, start } = qualifierBefore(text, m.index)
    const end = m.index + m[0].length
    found.push({ start, end, value, qualifier, raw: text.slice(start, end) })
  }
  return found
}
