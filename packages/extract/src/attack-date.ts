import { addDays, type FuzzyDate } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'

const STRIKE_WORD =
  /\b(?:attack(?:ed|s)?|assault|strikes?|struck|shell(?:ed|ing)|launched|fired|pounded|bombard\w*|shot down|intercepted|destroyed|downed|repelled|raids?|hit|killed|injured|wounded|drones?|missiles?)\b/gi

/**
 * A date is the strike's when a word of the strike stands near it ("struck Odesa on Monday
 * evening", "Saturday's strike", "shot down overnight"), not when the sentence dates something
 * after it ("On Monday, rescuers sifted through the rubble of the building destroyed by …").
 */
export const nearStrike = (s: ArticleSentence, d: { start: number; end: number }): boolean => {
  const from = d.start - s.start
  const to = d.end - s.start
  for (const m of s.text.matchAll(STRIKE_WORD)) {
    const gap = m.index < from ? from - (m.index + m[0].length) : m.index - to
    if (gap <= 80) return true
  }
  return false
}

/**
 * A strike is reported after it happened: a weekday chrono put after publication ("struck Odesa
 * on Sunday evening" in a Thursday report) is the one before.
 */
export const struckBefore = (d: FuzzyDate, anchor: string | undefined): FuzzyDate =>
  d.resolved &&
  anchor &&
  d.start > anchor &&
  /^(?:on |late |early )?\p{Lu}\p{Ll}+day\b/u.test(d.raw)
    ? { ...d, start: addDays(d.start, -7), end: addDays(d.end, -7) }
    : d
