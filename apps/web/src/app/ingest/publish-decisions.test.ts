import type { Draft, IngestProposal, Source } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { decisionField, titleField } from './form-fields.ts'
import { readDraftDecisions } from './publish-decisions.ts'

const source: Source = {
  id: 'src-odesa',
  kind: 'article',
  language: 'en',
  title: 'Odesa strike',
  text: 'At least three people were killed in a Russian missile strike on Odesa.',
}

const draft = (id: string, title: string): Draft => ({
  record: {
    kind: 'statement',
    id,
    title,
    speaker: { type: 'unnamed', description: 'the regional governor' },
    mode: 'paraphrase',
    text: 'At least three people were killed',
    channel: 'remarks',
    aboutIds: [],
    claims: [],
  },
  newNames: [],
})

const proposal: IngestProposal = {
  source,
  drafts: [
    draft('draft-statement-1', 'Governor on the Odesa strike'),
    draft('draft-statement-2', 'Second'),
  ],
  matches: [
    {
      draftId: 'draft-statement-1',
      recordId: 'st-existing',
      score: 0.9,
      reasons: ['same speaker on the same day'],
    },
  ],
  defaults: [
    { draftId: 'draft-statement-1', action: 'merge', recordId: 'st-existing' },
    { draftId: 'draft-statement-2', action: 'new' },
  ],
}

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(entries)) data.set(k, v)
  return data
}

describe('readDraftDecisions', () => {
  it('sends a new record with the title the editor typed, trimmed, and a rejection', () => {
    const read = readDraftDecisions(
      proposal,
      form({
        [decisionField('draft-statement-1')]: 'new',
        [titleField('draft-statement-1')]: '  Odesa governor: three killed  ',
        [decisionField('draft-statement-2')]: 'reject',
      }),
    )
    expect(read).toEqual({
      ok: true,
      decisions: [
        { draftId: 'draft-statement-1', action: 'new', title: 'Odesa governor: three killed' },
        { draftId: 'draft-statement-2', action: 'reject' },
      ],
    })
  })

  it('sends no title when the editor left it as the extractor wrote it, and cuts a long one', () => {
    const read = readDraftDecisions(
      proposal,
      form({
        [decisionField('draft-statement-1')]: 'new',
        [titleField('draft-statement-1')]: 'Governor on the Odesa strike',
        [decisionField('draft-statement-2')]: 'new',
        [titleField('draft-statement-2')]: 'x'.repeat(400),
      }),
    )
    if (!read.ok) throw new Error(read.error)
    expect(read.decisions[0]).toEqual({ draftId: 'draft-statement-1', action: 'new' })
    const second = read.decisions[1]
    expect(second?.action === 'new' && second.title?.length).toBe(300)
  })

  it('sends a merge with its record id; the API checks the record', () => {
    const read = readDraftDecisions(
      proposal,
      form({
        [decisionField('draft-statement-1')]: 'merge:st-existing',
        [decisionField('draft-statement-2')]: 'reject',
      }),
    )
    expect(read.ok && read.decisions[0]).toEqual({
      draftId: 'draft-statement-1',
      action: 'merge',
      recordId: 'st-existing',
    })
  })

  it('asks for a new review when a draft has no decision, and refuses an unknown one', () => {
    expect(
      readDraftDecisions(proposal, form({ [decisionField('draft-statement-1')]: 'new' })),
    ).toEqual({
      ok: false,
      error:
        'The article now reads differently (no decision for draft-statement-2); review the drafts again.',
    })
    const odd = readDraftDecisions(
      proposal,
      form({
        [decisionField('draft-statement-1')]: 'publish-everything',
        [decisionField('draft-statement-2')]: 'new',
      }),
    )
    expect(odd).toEqual({ ok: false, error: 'Unknown decision for draft-statement-1.' })
  })
})
