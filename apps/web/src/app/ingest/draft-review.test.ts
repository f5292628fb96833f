import type { IngestProposal } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { draftReviews } from './draft-review.ts'
import { nameField } from './name-choices.ts'
import { newNamesProposal } from './new-names.fixture.ts'

const proposal = (score: number): IngestProposal => ({
  source: { id: 'src-odesa', kind: 'article', language: 'en', title: 'Odesa strike' },
  drafts: [
    {
      record: {
        kind: 'statement',
        id: 'draft-statement-1',
        title: 'regional governor: At least three people were killed',
        speaker: { type: 'unnamed', description: 'the regional governor' },
        mode: 'paraphrase',
        text: 'At least three people were killed',
        channel: 'remarks',
        aboutIds: [],
        claims: [],
      },
      newNames: [],
    },
  ],
  matches: [
    { draftId: 'draft-statement-1', recordId: 'st-governor', score, reasons: ['same speaker'] },
  ],
})

describe('draftReviews', () => {
  it('suggests merging into a match scoring 0.8 or more, and names the record by its title', () => {
    const [review] = draftReviews(proposal(0.9), () => 'Governor on the Odesa strike')
    expect(review?.suggested).toBe('merge:st-governor')
    expect(review?.matches[0]?.title).toBe('Governor on the Odesa strike')
  })

  it('suggests a new record when the best match is weaker, leaving the merge offered', () => {
    const [review] = draftReviews(proposal(0.6), (id) => id)
    expect(review?.suggested).toBe('new')
    expect(review?.matches.map((m) => m.recordId)).toEqual(['st-governor'])
  })

  it('offers one choice per new name of a draft and shows the names mapped', () => {
    const [attack, statement] = draftReviews(newNamesProposal, (id) => id, [
      {
        draftId: 'draft-attack-1',
        type: 'actor',
        name: 'Ivan Petrenko',
        proposedId: 'new-ivan-petrenko',
        value: 'martsinkiv',
        mappedTo: { id: 'martsinkiv', name: 'Ruslan Martsinkiv' },
      },
    ])
    expect(attack?.newNames).toEqual([
      {
        type: 'place',
        name: 'Zarichne',
        proposedId: 'new-zarichne',
        field: nameField('draft-attack-1', { type: 'place', proposedId: 'new-zarichne' }),
        value: '',
      },
      {
        type: 'actor',
        name: 'Ivan Petrenko',
        proposedId: 'new-ivan-petrenko',
        field: nameField('draft-attack-1', { type: 'actor', proposedId: 'new-ivan-petrenko' }),
        value: 'martsinkiv',
        mappedTo: { id: 'martsinkiv', name: 'Ruslan Martsinkiv' },
      },
    ])
    expect(statement?.newNames.map((n) => n.mappedTo)).toEqual([undefined])
  })
})
