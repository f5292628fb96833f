import type { CountClaim } from './attack-facts.ts'
import { NUMBER_PATTERN, parseNumber } from './quantities.ts'

const NONE = '(?:zero|nil|none|no one|nobody)'
/** What a revised figure counts: "the (death) toll", "the number of (victims) killed", "the dead count". */
const COUNTED =
  '(?:death\\s+)?toll|number\\s+of\\s+(?:(?:people|persons|victims|those)\\s+)?(?:dead|killed|deaths|fatalities|injured|wounded|hurt)|(?:dead|injured|wounded)\\s+(?:count|figure|tally)'
const REVISED = new RegExp(
  `\\b(${COUNTED})\\b[^.;]{0,40}?\\b(?:was|is|stood at|stands at|at|to)\\s+(${NONE}|${NUMBER_PATTERN})\\b`,
  'i',
)

/**
 * The figure a correction gives: "the toll was zero", "revised the number of injured to 12",
 * "the death toll was later revised to five". Rising tolls ("has risen to seven") are read by
 * `countsIn`; this adds the wording of revisions, including zero, which a plain count never is.
 */
export const revisedCountsIn = (text: string, scope: string | undefined): CountClaim[] => {
  const m = REVISED.exec(text)
  if (!m?.[1] || !m[2]) return []
  const value = new RegExp(`^${NONE}$`, 'i').test(m[2]) ? 0 : parseNumber(m[2])
  if (value === undefined) return []
  const fact = /injur|wound|hurt/i.test(m[1]) ? 'injured' : 'killed'
  return [
    {
      fact,
      measure: { qualifier: 'exact', value, raw: m[0].slice(0, 200), ...(scope ? { scope } : {}) },
    },
  ]
}
