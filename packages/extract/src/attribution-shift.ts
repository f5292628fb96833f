import type { Attribution } from './attribution.ts'

type Writable<T> = { -readonly [K in keyof T]: T[K] }

/** An attribution found in a sentence, its offsets moved to the article's. */
export const shift = (a: Attribution, by: number): Attribution => {
  const shifted: Writable<Attribution> = { ...a }
  shifted.content = { start: a.content.start + by, end: a.content.end + by }
  shifted.verbEnd = a.verbEnd + by
  shifted.speakerStart = a.speakerStart + by
  if (a.second)
    shifted.second = {
      ...a.second,
      speakerStart: a.second.speakerStart + by,
      cut: a.second.cut + by,
      content: { start: a.second.content.start + by, end: a.second.content.end + by },
    }
  return shifted
}
