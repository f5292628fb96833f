import type { IngestProposal } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { draftReviews, newNameReviews } from './draft-review.ts'
import { nameField, readNameChoices } from './name-choices.ts'
import { dictionaries, newNamesProposal } from './new-names.fixture.ts'

const proposal = (score: number, merge: boolean): IngestProposal => ({
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
  defaults: [
    merge
      ? { draftId: 'draft-statement-1', action: 'merge', recordId: 'st-governor' }
      : { draftId: 'draft-statement-1', action: 'new' },
  ],
})

describe('draftReviews', () => {
  it('pre-selects the API’s default merge for a confident match, naming the record by its title', () => {
    const [review] = draftReviews(proposal(0.9, true), () => 'Governor on the Odesa strike')
    expect(review?.suggested).toBe('merge:st-governor')
    expect(review?.matches[0]?.title).toBe('Governor on the Odesa strike')
  })

  it('pre-selects a new record when the default is new, leaving the merge offered', () => {
    const [review] = draftReviews(proposal(0.6, false), (id) => id)
    expect(review?.suggested).toBe('new')
    expect(review?.matches.map((m) => m.recordId)).toEqual(['st-governor'])
  })

  it('offers one control per new name, naming every draft that reads it', () => {
    expect(newNameReviews(newNamesProposal)).toEqual([
      {
        type: 'place',
        name: 'Zarichne',
        proposedId: 'new-zarichne',
        field: nameField({ type: 'place', proposedId: 'new-zarichne' }),
        value: '',
        usedIn: [
          { draftId: 'draft-attack-1', title: 'Russia drone attack on Ukraine on 1 place(s)' },
        ],
      },
      {
        type: 'actor',
        name: 'Ivan Petrenko',
        proposedId: 'new-ivan-petrenko',
        field: nameField({ type: 'actor', proposedId: 'new-ivan-petrenko' }),
        value: '',
        usedIn: [
          { draftId: 'draft-attack-1', title: 'Russia drone attack on Ukraine on 1 place(s)' },
          {
            draftId: 'draft-statement-1',
            title: 'Ivan Petrenko: At least two people were killed',
          },
        ],
      },
    ])
  })

  it('shows one mapping on its control and on every draft that reads the name', () => {
    const form = new FormData()
    form.set(nameField({ type: 'actor', proposedId: 'new-ivan-petrenko' }), 'martsinkiv')
    const { choices } = readNameChoices(newNamesProposal, form, dictionaries)
    const martsinkiv = { id: 'martsinkiv', name: 'Ruslan Martsinkiv' }
    const [zarichne, petrenko] = newNameReviews(newNamesProposal, choices)
    expect(petrenko?.value).toBe('martsinkiv')
    expect(petrenko?.mappedTo).toEqual(martsinkiv)
    expect(zarichne?.mappedTo).toBeUndefined()
    const [attack, statement] = draftReviews(newNamesProposal, (id) => id, choices)
    expect(attack?.newNames.map((n) => [n.name, n.mappedTo])).toEqual([
      ['Zarichne', undefined],
      ['Ivan Petrenko', martsinkiv],
    ])
    expect(statement?.newNames.map((n) => [n.name, n.mappedTo])).toEqual([
      ['Ivan Petrenko', martsinkiv],
    ])
  })
})
