import { addDays, type FuzzyDate, type IsoDate } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'

const STRIKE_WORD =
  /\b(?:attack(?:ed|s)?|assault|strikes?|struck|shell(?:ed|ing)|launched|fired|pounded|bombard\w*|shot down|intercepted|destroyed|downed|repelled|raids?|hit|killed|injured|wounded|drones?|missiles?)\b/gi

/**
 * A date is the strike's when a word of the strike stands near it ("struck Odesa on Monday
 * evening", "Saturday's strike", "shot down overnight"), not when the sentence dates something
 * after it ("On Monday, rescuers sifted through the rubble of the building destroyed by …").
 */
export const nearStrike = (s: ArticleSentence, d: { start: number; end: number }): boolean => {
  if (LATER_EVENT.test(s.text.slice(0, d.start - s.start))) return false
  const strike = nearest(s, d, STRIKE_WORD)
  // "At night, rescuers retrieved more dead from the building destroyed by a missile": the
  // night of the rescue, told the day after, is not the strike's
  return strike <= 80 && nearest(s, d, RESCUE_WORD) > strike
}

/**
 * "The fire was put out on Thursday", "power was restored on Wednesday": what came after the
 * strike, dated by the words that govern the date.
 */
const LATER_EVENT =
  /\b(?:put out|extinguished|contained|localized|localised|ended|completed|finished|resumed|restored|reopened|lifted|cleared|declared|buried|identified|discharged)\s+(?:(?:late|early)\s+)?(?:on|by|until|at)?\s*$/i

/** Rescue work, which goes on in the nights and days after a strike. */
const RESCUE_WORD =
  /\b(?:rescuers|rescue (?:workers|teams|crews|operations?|work)|emergency (?:crews|workers)|search(?:ed|ing)? (?:through|for)|retrieved|pulled (?:out|from)|sifted)\b/gi

/** Characters between the date and the nearest match of `words`, or Infinity. */
const nearest = (s: ArticleSentence, d: { start: number; end: number }, words: RegExp): number => {
  const from = d.start - s.start
  const to = d.end - s.start
  let best = Number.POSITIVE_INFINITY
  for (const m of s.text.matchAll(words)) {
    const gap = m.index < from ? from - (m.index + m[0].length) : m.index - to
    best = Math.min(best, Math.max(0, gap))
  }
  return best
}

/**
 * A strike is reported after it happened: a weekday chrono put after publication ("struck Odesa
 * on Sunday evening" or "overnight into Friday" in a Thursday report) is the one before.
 */
export const struckBefore = (d: FuzzyDate, anchor: string | undefined): FuzzyDate =>
  d.resolved &&
  anchor &&
  d.start > anchor &&
  /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.test(d.raw) &&
  !/\d/.test(d.raw)
    ? { ...d, start: addDays(d.start, -7), end: addDays(d.end, -7) }
    : d

/** "between 11 p.m. on March 8 and 7 a.m. on March 9": a ministry's count of one night. */
const EVENING_TO_MORNING =
  /\b(?:between|from)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:p\.?m\.?|pm)|2[0-3][:.]\d{2})(?!\w)[^.]{0,60}?\s(?:and|to|till|until)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|am)|0\d[:.]\d{2})/i

/**
 * The night a strike took, when the sentence tells it by a day: "on Sunday night" is the night
 * from Sunday into Monday, and a ministry's "between 11 p.m. on March 8 and 7 a.m. on March 9"
 * the night from the 8th into the 9th. A report published on the day it names ("attacked Lutsk
 * on Wednesday night" in a Wednesday report) tells of the night that ended that morning — the
 * evening's night has not happened yet, and Ukrainian reporting's "the night on Wednesday" is
 * that night. Other dates pass unchanged.
 */
export const asNight = (
  d: FuzzyDate,
  s: ArticleSentence,
  published: IsoDate | undefined,
): FuzzyDate => {
  if (!d.resolved || d.precision === 'night' || d.start !== d.end) return d
  const dayNight = /\p{Lu}\p{Ll}+day night\b/u.test(d.raw)
  if (!dayNight && !EVENING_TO_MORNING.test(s.text)) return d
  if (dayNight && d.start === published)
    return { ...d, start: addDays(d.start, -1), precision: 'night' }
  return { ...d, end: addDays(d.start, 1), precision: 'night' }
}
