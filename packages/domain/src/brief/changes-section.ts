import type { Change } from '../change.ts'
import type { IsoDate } from '../iso-date.ts'
import type { SitrepRecord } from '../record.ts'
import type { Stats } from '../stats.ts'
import { airWarTotals, attackTotals } from './attack-figures.ts'
import { type BriefSentence, sentence, words } from './brief.ts'
import { type BriefSources, cited } from './cite.ts'
import { count } from './phrases.ts'

/** Two periods of equal length side by side: this one's figures and the one before it. */
export interface PeriodComparison {
  readonly stats: Stats
  readonly previous: Stats
  readonly from: IsoDate
  readonly to: IsoDate
  readonly previousFrom: IsoDate
  readonly previousTo: IsoDate
}

const launchedIn = (stats: Stats, from: IsoDate, to: IsoDate) =>
  [...airWarTotals(stats, from, to).values()].reduce((n, t) => n + t.launched, 0)

/** "Against the period before it: 42 attacks against 35; 1,234 launched against 980." */
export const comparisonSentence = (c: PeriodComparison): BriefSentence => {
  const now = attackTotals(c.stats, c.from, c.to)
  const before = attackTotals(c.previous, c.previousFrom, c.previousTo)
  const launched = launchedIn(c.stats, c.from, c.to)
  const launchedBefore = launchedIn(c.previous, c.previousFrom, c.previousTo)
  return sentence(
    [
      words(
        `Against the period of the same length before it: ${count(now.attacks)} ${now.attacks === 1 ? 'attack' : 'attacks'} against ${count(before.attacks)}; at least ${count(now.killed.low)} killed against at least ${count(before.killed.low)}; ${count(launched)} drones and missiles launched against ${count(launchedBefore)}.`,
      ),
    ],
    [
      { value: now.attacks, of: 'attacks' },
      { value: before.attacks, of: 'attacks before' },
      { value: now.killed.low, of: 'killed (at least)' },
      { value: before.killed.low, of: 'killed before (at least)' },
      { value: launched, of: 'launched' },
      { value: launchedBefore, of: 'launched before' },
    ],
  )
}

/** What the change feed holds after a revision: counts, then each record in its latest state. */
export interface ChangesSince {
  readonly after: number
  /** The newest changes after `after`, oldest first; a long feed is read from its end. */
  readonly changes: readonly Change[]
  /** Changes after `after` older than those read: counted, not told. */
  readonly earlier?: number
  /** Changes read before a kind filter narrowed them to `changes`. */
  readonly read?: number
  /** The records the changes touched, as they now stand (deleted ones absent). */
  readonly records: readonly SitrepRecord[]
}

export const changesSentences = (c: ChangesSince, sources: BriefSources): BriefSentence[] => {
  const created = new Set(c.changes.filter((x) => x.operation === 'create').map((x) => x.recordId))
  const deleted = new Set(c.changes.filter((x) => x.operation === 'delete').map((x) => x.recordId))
  const updated = new Set(
    c.changes
      .filter((x) => x.operation === 'update' && !created.has(x.recordId))
      .map((x) => x.recordId),
  )
  const earlier = c.earlier ?? 0
  const read = c.read ?? c.changes.length
  const tally = `${count(created.size)} records new, ${count(updated.size)} updated, ${count(deleted.size)} deleted`
  const text =
    earlier > 0
      ? `Since revision ${c.after}: ${count(earlier + read)} changes; the newest ${count(read)} make ${tally}, and the ${count(earlier)} before them are not told here.`
      : `Since revision ${c.after}: ${tally}.`
  const head = sentence(
    [words(text)],
    [
      { value: c.after, of: 'revision' },
      { value: created.size, of: 'records new' },
      { value: updated.size, of: 'records updated' },
      { value: deleted.size, of: 'records deleted' },
      ...(earlier > 0
        ? [
            { value: earlier + read, of: 'changes' },
            { value: read, of: 'changes read' },
            { value: earlier, of: 'earlier changes' },
          ]
        : []),
    ],
  )
  const each = c.records.map((r) => {
    const [first] = r.claims
    const what = created.has(r.id) ? 'new' : 'updated'
    return sentence([
      words(`${what}: `),
      first ? cited(r.title, r.id, [first], sources) : words(r.title),
      words('.'),
    ])
  })
  return [head, ...each]
}
