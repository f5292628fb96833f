import type { Draft, IsoDate, MatchSuggestion, SitrepRecord } from '@sitrep/domain'
import { nightEvidence } from './merge-counts.ts'
import { kindSignals } from './merge-kinds.ts'
import { type Signal, sameWordsSignal } from './merge-signals.ts'
import { timeSignal } from './merge-time.ts'

/** Must hold for two records to be one: a statement by someone else is another statement. */
export const compatible = (a: SitrepRecord, b: SitrepRecord): boolean => {
  if (a.kind !== b.kind) return false
  if (a.kind === 'attack' && b.kind === 'attack')
    return a.attackerId === b.attackerId && a.targetId === b.targetId
  if (a.kind === 'statement' && b.kind === 'statement')
    return JSON.stringify(a.speaker) === JSON.stringify(b.speaker)
  if (a.kind === 'aid' && b.kind === 'aid') return a.stage === b.stage
  return true
}

/**
 * A later report's "overnight" may mean a night or two before the one its words name: that
 * reading places two attacks together only beside a count or toll of the night both tell.
 * With only a city, a mix of weapons or a small count in common, the nights in a row over Kyiv
 * (24, 25 and 26 May 2025) would meet each other, and a report of 8 March 2025 ("two
 * Iskander-M") the night into 6 March: without it the dates are read as their words say.
 */
const unbacked = (time: Signal, a: SitrepRecord, b: SitrepRecord) =>
  time.late === true && a.kind === 'attack' && b.kind === 'attack' && !nightEvidence(a, b)

/**
 * How well a draft matches a record sitrep holds, with the reasons, or undefined when they
 * cannot be the same event (other kind, other side, non-overlapping dates).
 */
export const matchRecord = (
  draft: SitrepRecord,
  record: SitrepRecord,
  { publishedAt, reportedOn }: Pick<MatchOptions, 'publishedAt' | 'reportedOn'> = {},
): MatchSuggestion | undefined => {
  if (!compatible(draft, record)) return undefined
  const days = [publishedAt?.slice(0, 10), reportedOn?.[record.id]] as const
  const read = timeSignal(draft, record, ...days)
  const time =
    read && read !== 'veto' && unbacked(read, draft, record)
      ? timeSignal(draft, record, ...days, { late: false })
      : read
  if (time === 'veto') return undefined
  const signals = [time, sameWordsSignal(draft, record), ...kindSignals(draft, record)].filter(
    (s): s is Signal => s !== undefined,
  )
  if (!signals.some((s) => s.weight > 0)) return undefined
  const sum = signals.reduce((total, s) => total + s.weight, 0)
  const score = Math.max(0, Math.min(1, Math.round(sum * 1000) / 1000))
  return { draftId: draft.id, recordId: record.id, score, reasons: signals.map((s) => s.reason) }
}

export interface MatchOptions {
  /** Below this score a likeness is not proposed. */
  readonly minScore?: number
  /** When the drafts' article appeared (ISO date or date-time): it places a draft left undated. */
  readonly publishedAt?: string
  /**
   * The day each held record's earliest source appeared, by record id, for the records none of
   * their sources dates (the store's `findMergeCandidates` gives it): it places them as
   * `publishedAt` places a draft.
   */
  readonly reportedOn?: Readonly<Record<string, IsoDate>>
}

/**
 * For each draft, the records it may duplicate, best first. Pure: the caller supplies the
 * candidates (the API passes those the store finds for the draft's kind and dates), and the
 * editor confirms or overrides each suggestion.
 */
export const matchDrafts = (
  drafts: readonly Draft[],
  existing: readonly SitrepRecord[],
  { minScore = 0.5, publishedAt, reportedOn }: MatchOptions = {},
): MatchSuggestion[] =>
  drafts.flatMap((d) =>
    existing
      .flatMap((r) => {
        const m = matchRecord(d.record, r, { publishedAt, reportedOn })
        return m && m.score >= minScore ? [m] : []
      })
      .sort((a, b) => b.score - a.score),
  )
