import type { Lexicon, Measure } from '@sitrep/domain'
import type { ArticleSentence } from './article.ts'
import type { CountClaim } from './attack-facts.ts'
import { findCounts } from './quantities.ts'

/** The places named between two offsets of the sentence. */
export type PlacesWithin = (from: number, to: number) => string[]

/**
 * "and single drones over the Kursk, Oryol and Tula regions", "one each over the Bryansk and
 * Belgorod regions", "one drone over each of Bryansk and Oryol": one downed over each place.
 */
const ONE_EACH =
  /\b(?:single (?:drones?|UAVs?|missiles?)|one (?:(?:drone|UAV|missile) )?each|one (?:drone|UAV|missile) over each of)\b(?:\s+(?:were|was))?(?:\s+(?:downed|destroyed|intercepted|shot down))?\s+(?:(?:over|above|in|near)\s+)?/giu
/** "Ten of the drones were over the Rostov region": a share of those downed, by place. */
const SHARE_AT =
  /^\s+of (?:the|these|them|those)\s+(?:(?:drones?|UAVs?|missiles?)\s+)?(?:were|was)\s+(?:over|above|near|in)\s/iu
const DOWNING =
  /\b(?:shot down|intercepted|downed|destroyed|neutrali[sz]ed|repelled|suppressed|destruction)\b/i

const clauseEnd = (text: string, from: number): number => {
  const m = /[.;]|,\s+(?:including\s+)?\d/.exec(text.slice(from))
  return m ? from + m.index : text.length
}

/**
 * Downings a breakdown by place tells without a verb of its own, after a count of drones downed
 * (`downedBefore`) or in a sentence that downs them: one for each place a "single drones over …"
 * lists, and "Ten of the drones were over the Rostov region" for the region.
 */
export const downedPerPlace = (
  s: ArticleSentence,
  within: PlacesWithin,
  downedBefore: boolean,
  /** What the sentence's own counts already read, which a downing here must not repeat. */
  read: readonly CountClaim[],
  lexicon: Lexicon,
): CountClaim[] => {
  // "one drone over each of Bryansk and Oryol": a ministry's breakdown counts by region, and a
  // bare city's name there is the region named after it
  const regionOf = (id: string) =>
    lexicon.place(id)?.parentId === `${id}-oblast` ? `${id}-oblast` : id
  if (!downedBefore && !DOWNING.test(s.text)) return []
  const counts = findCounts(s.text)
  const out: CountClaim[] = []
  const one = (scope: string, raw: string): Measure => ({
    qualifier: 'exact',
    value: 1,
    raw,
    scope,
    subject: 'drones',
  })
  for (const m of s.text.matchAll(ONE_EACH)) {
    const from = m.index + m[0].length
    const places = within(from, clauseEnd(s.text, from)).map(regionOf)
    for (const scope of places) out.push({ fact: 'intercepted', measure: one(scope, m[0].trim()) })
  }
  if (downedBefore)
    for (const c of counts) {
      const after = s.text.slice(c.end)
      const share = SHARE_AT.exec(after)
      if (!share) continue
      const from = c.end + share[0].length
      const [scope] = within(from, clauseEnd(s.text, from)).map(regionOf)
      if (scope)
        out.push({
          fact: 'intercepted',
          measure: { qualifier: 'exact', value: c.value, raw: c.raw, scope, subject: 'drones' },
        })
    }
  return out.filter(
    (o) => !read.some((c) => c.fact === o.fact && c.measure.scope === o.measure.scope),
  )
}
