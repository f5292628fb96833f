import type { IsoDate } from '@sitrep/domain'
import * as chrono from 'chrono-node'
import { parseArticleDates } from './dates.ts'
import { plainText, type Sentence } from './sentences.ts'

/**
 * Chrono's patterns cross a run of blanks only with small bounded repeats (`\s{0,5}`, a group
 * repeated `{0,10}` that needs a word each time) or with unbounded ones (`\s*`): a run of this
 * many blanks reads the same to them as any longer run.
 */
const GAP = 64

/**
 * Chrono over the sentences worth reading (`read`), in one call: far cheaper than one call per
 * sentence. The others are blanked and each run of blanks between read sentences is cut to
 * `GAP`, so chrono's patterns scan little more than the read text; offsets in the results are
 * mapped back to the article's.
 */
export const datesOfSentences = (
  split: readonly Sentence[],
  anchor: IsoDate | undefined,
  read: (s: Sentence) => boolean,
): chrono.ParsedResult[] => {
  let text = ''
  // from compact offset `at` on, add `by` to get the article's offset
  const shifts: { at: number; by: number }[] = []
  let removed = 0
  let gap = 0
  let end = 0
  for (const s of split) {
    gap += s.start - end
    end = s.end
    if (!read(s)) {
      gap += s.text.length
      continue
    }
    const kept = Math.min(gap, GAP)
    text += ' '.repeat(kept)
    if (gap > kept) {
      removed += gap - kept
      shifts.push({ at: text.length, by: removed })
    }
    text += plainText(s.text)
    gap = 0
  }
  text += ' '.repeat(Math.min(gap, GAP))
  const results = parseArticleDates(text, anchor)
  if (shifts.length === 0) return results
  for (const r of results) {
    if (!(r instanceof chrono.ParsingResult)) continue
    const shift = shifts.findLast((sh) => sh.at <= r.index)
    if (shift) r.index += shift.by
  }
  return results
}
