import type { Round } from './talk-rounds.ts'

const TRACK = 'track:'
const SAME_TALKS = /^(?:The|These|Those) (?:talks|meeting|negotiations|discussions|session)\b/
/** "The meeting follows discussions held yesterday between …": the sides named held those. */
const FOLLOWS_OTHER =
  /\b(?:follows|followed|comes after|came after)\s+(?:[\p{L}-]+\s+){0,3}(?:talks|discussions|negotiations|meetings?)\b/iu

/** Whether a round key names talks of other sides than the article's round. */
export const isTrack = (key: string): boolean => key.startsWith(TRACK)

/**
 * "U.S. and Russian officials concluded 12 hours of discussions in Riyadh on Monday. This
 * followed nearly five hours of talks on Sunday between U.S. and Ukrainian representatives":
 * a sentence whose two sides differ from the two of the round told so far, neither holding the
 * other, tells other talks — a track of their own, keyed by its sides; else the round told so far.
 */
export const trackOf = (
  sides: readonly string[],
  current: Round | undefined,
  sentence: string,
): string => {
  // shuttle talks pair the mediator with one side at a time; "The talks began with a meeting
  // between …" is a session of the talks just told, however many sides it names
  if (
    !current ||
    sides.length !== 2 ||
    current.parties.size !== 2 ||
    (SAME_TALKS.test(sentence) && !FOLLOWS_OTHER.test(sentence))
  )
    return 'upcoming'
  const told = [...current.parties]
  const within = (a: readonly string[], b: readonly string[]) => a.every((p) => b.includes(p))
  return within(sides, told) || within(told, sides)
    ? 'upcoming'
    : `${TRACK}${[...sides].sort().join(',')}`
}
