import type { Draft, MatchSuggestion, SitrepRecord } from '@sitrep/domain'
import {
  overlapSignal,
  type Signal,
  sameWordsSignal,
  timeSignal,
  wordOverlap,
} from './merge-signals.ts'

/** Signals particular to each kind: what makes two records one event. */
const kindSignals = (a: SitrepRecord, b: SitrepRecord): (Signal | undefined)[] => {
  if (a.kind === 'talk' && b.kind === 'talk')
    return [
      a.venueId === b.venueId ? { weight: 0.25, reason: `same venue (${a.venueId})` } : undefined,
      a.round === b.round ? { weight: 0.2, reason: `same round (${a.round})` } : undefined,
      overlapSignal('parties', a.partyIds, b.partyIds, 0.15),
    ]
  if (a.kind === 'attack' && b.kind === 'attack')
    return [
      a.attackerId === b.attackerId && a.targetId === b.targetId
        ? { weight: 0.25, reason: `same attacker and target (${a.attackerId} on ${a.targetId})` }
        : undefined,
      overlapSignal('places', a.placeIds, b.placeIds, 0.3),
    ]
  if (a.kind === 'aid' && b.kind === 'aid')
    return [
      a.stage === b.stage ? { weight: 0.15, reason: `same stage (${a.stage})` } : undefined,
      a.recipientId === b.recipientId && (a.donorIds.length > 0 || b.donorIds.length > 0)
        ? overlapSignal('donors', a.donorIds, b.donorIds, 0.3)
        : { weight: 0.1, reason: `same recipient (${a.recipientId})` },
      a.forum?.meetingNumber !== undefined && a.forum.meetingNumber === b.forum?.meetingNumber
        ? { weight: 0.1, reason: `same forum meeting (${a.forum.meetingNumber})` }
        : undefined,
    ]
  if (a.kind === 'statement' && b.kind === 'statement') {
    const same = JSON.stringify(a.speaker) === JSON.stringify(b.speaker)
    const overlap = wordOverlap(a.text, b.text)
    return [
      same ? { weight: 0.25, reason: 'same speaker' } : undefined,
      overlap >= 0.4
        ? { weight: 0.35 * overlap, reason: `similar words (${Math.round(overlap * 100)}% shared)` }
        : undefined,
    ]
  }
  return []
}

/** Must hold for two records to be one: a statement by someone else is another statement. */
const compatible = (a: SitrepRecord, b: SitrepRecord): boolean => {
  if (a.kind !== b.kind) return false
  if (a.kind === 'attack' && b.kind === 'attack')
    return a.attackerId === b.attackerId && a.targetId === b.targetId
  if (a.kind === 'statement' && b.kind === 'statement')
    return JSON.stringify(a.speaker) === JSON.stringify(b.speaker)
  if (a.kind === 'aid' && b.kind === 'aid') return a.stage === b.stage
  return true
}

/**
 * How well a draft matches a record sitrep holds, with the reasons, or undefined when they
 * cannot be the same event (other kind, other side, non-overlapping dates).
 */
export const matchRecord = (
  draft: SitrepRecord,
  record: SitrepRecord,
): MatchSuggestion | undefined => {
  if (!compatible(draft, record)) return undefined
  const time = timeSignal(draft, record)
  if (time === 'veto') return undefined
  const signals = [time, sameWordsSignal(draft, record), ...kindSignals(draft, record)].filter(
    (s): s is Signal => s !== undefined,
  )
  if (signals.length === 0) return undefined
  const score = Math.min(1, Math.round(signals.reduce((sum, s) => sum + s.weight, 0) * 1000) / 1000)
  return { draftId: draft.id, recordId: record.id, score, reasons: signals.map((s) => s.reason) }
}

export interface MatchOptions {
  /** Below this score a likeness is not proposed. */
  readonly minScore?: number
}

/**
 * For each draft, the records it may duplicate, best first. Pure: the caller supplies the
 * candidates (the API passes those the store finds for the draft's kind and dates), and the
 * editor confirms or overrides each suggestion.
 */
export const matchDrafts = (
  drafts: readonly Draft[],
  existing: readonly SitrepRecord[],
  { minScore = 0.5 }: MatchOptions = {},
): MatchSuggestion[] =>
  drafts.flatMap((d) =>
    existing
      .flatMap((r) => {
        const m = matchRecord(d.record, r)
        return m && m.score >= minScore ? [m] : []
      })
      .sort((a, b) => b.score - a.score),
  )
