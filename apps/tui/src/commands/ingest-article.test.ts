import type { IngestProposal } from '@sitrep/domain'
import { istanbulTalksArticle, julyRound } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { decisionsAbove } from './ingest-article.ts'

const proposal: IngestProposal = {
  source: istanbulTalksArticle,
  drafts: [
    { record: { ...julyRound, id: 'draft-talk-3' }, newNames: [] },
    { record: { ...julyRound, id: 'draft-talk-4' }, newNames: [] },
  ],
  matches: [
    {
      draftId: 'draft-talk-3',
      recordId: 'talk-istanbul-2025-06',
      score: 0.5,
      reasons: ['same venue'],
    },
    { draftId: 'draft-talk-3', recordId: julyRound.id, score: 0.9, reasons: ['same round'] },
    { draftId: 'draft-talk-4', recordId: julyRound.id, score: 0.6, reasons: ['same venue'] },
  ],
  defaults: [],
}

describe('decisionsAbove (--merge-above)', () => {
  it('merges each draft into its best match at or above the score, and publishes the rest as new', () => {
    expect(decisionsAbove(proposal, 0.6)).toEqual([
      { draftId: 'draft-talk-3', action: 'merge', recordId: julyRound.id },
      { draftId: 'draft-talk-4', action: 'merge', recordId: julyRound.id },
    ])
    expect(decisionsAbove(proposal, 0.95)).toEqual([
      { draftId: 'draft-talk-3', action: 'new' },
      { draftId: 'draft-talk-4', action: 'new' },
    ])
  })

  it('sends no decision without the flag, so every draft takes the API’s default', () => {
    expect(decisionsAbove(proposal, undefined)).toEqual([])
  })
})
