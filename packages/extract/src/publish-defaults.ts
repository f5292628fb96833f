import type { Draft, DraftDecision, MatchSuggestion } from '@sitrep/domain'
import { DEFAULT_MERGE_THRESHOLD } from './merge-threshold.ts'

/**
 * What publishing does with each draft the editor left undecided: merge into its best match
 * when that scores at least `threshold`, else publish it as new. One decision per draft, in
 * the drafts' order.
 */
export const defaultDecisions = (
  drafts: readonly Draft[],
  matches: readonly MatchSuggestion[],
  threshold: number = DEFAULT_MERGE_THRESHOLD,
): DraftDecision[] =>
  drafts.map(({ record }) => {
    const best = matches
      .filter((m) => m.draftId === record.id)
      .reduce<MatchSuggestion | undefined>((a, m) => (a && a.score >= m.score ? a : m), undefined)
    return best && best.score >= threshold
      ? { draftId: record.id, action: 'merge', recordId: best.recordId }
      : { draftId: record.id, action: 'new' }
  })
