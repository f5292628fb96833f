import type { TalkClaim, TalkStatus } from '@sitrep/domain'
import { sameOutcome } from './talk-outcome-repeats.ts'

const PROGRESS: readonly TalkStatus[] = ['announced', 'confirmed', 'held', 'concluded']

const whoOf = (c: TalkClaim): string => JSON.stringify(c.assertedBy)
/**
 * A round's claims as a reader counts them: the same fact said twice by the same source is one
 * claim ("On Tuesday, … began talks … on Tuesday", an agreement retold in other words), and of
 * the statuses one source gives a round on one day only the furthest stands ("held talks on
 * Monday … The talks ended" is concluded).
 */
export const tidyClaims = (claims: readonly TalkClaim[]): TalkClaim[] => {
  // asked of each claim against every outcome kept before it: each answer is kept for the call
  const known = new Map<TalkClaim, string>()
  const who = (c: TalkClaim): string => {
    let key = known.get(c)
    if (key === undefined) {
      key = whoOf(c)
      known.set(c, key)
    }
    return key
  }
  const furthest = new Map<string, number>()
  for (const c of claims)
    if (c.fact === 'status') {
      const key = `${who(c)} ${c.value.asOf}`
      furthest.set(key, Math.max(furthest.get(key) ?? -1, PROGRESS.indexOf(c.value.status)))
    }
  const seen = new Set<string>()
  const outcomes: Extract<TalkClaim, { fact: 'outcome' }>[] = []
  return claims.filter((c) => {
    if (c.fact === 'outcome') {
      if (outcomes.some((o) => who(o) === who(c) && sameOutcome(o, c))) return false
      outcomes.push(c)
    }
    if (c.fact === 'status') {
      const step = PROGRESS.indexOf(c.value.status)
      if (step >= 0 && step < (furthest.get(`${who(c)} ${c.value.asOf}`) ?? -1)) return false
    }
    const key = `${c.fact} ${who(c)} ${JSON.stringify(c.fact === 'date' ? dateKey(c.value) : c.value)}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Two mentions of one day are one date, however each was worded; with no publication day to
 * place them, "Tuesday", "today" and "tomorrow" from one source are one unplaced day as well.
 */
const dateKey = (d: Extract<TalkClaim, { fact: 'date' }>['value']) =>
  d.resolved ? [d.start, d.end, d.precision] : [d.precision]
