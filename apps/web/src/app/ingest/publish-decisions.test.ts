import type { Draft, IngestProposal, Source } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { decisionField, titleField } from './form-fields.ts'
import { nameField, readNameChoices, renamesFor } from './name-choices.ts'
import { dictionaries, newNamesProposal } from './new-names.fixture.ts'
import { planPublish } from './publish-decisions.ts'

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
}

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(entries)) data.set(k, v)
  return data
}

describe('planPublish', () => {
  it('publishes a draft as new under the title the editor typed, and skips a rejected one', () => {
    const plan = planPublish(
      proposal,
      form({
        [decisionField('draft-statement-1')]: 'new',
        [titleField('draft-statement-1')]: '  Odesa governor: three killed  ',
        [decisionField('draft-statement-2')]: 'reject',
      }),
    )
    expect(plan.ok && plan.publish.drafts.map((d) => d.record.title)).toEqual([
      'Odesa governor: three killed',
    ])
    expect(plan.ok && plan.publish.merges).toEqual([])
  })

  it('merges into a suggested record, and refuses a record that was not suggested', () => {
    const merged = planPublish(
      proposal,
      form({
        [decisionField('draft-statement-1')]: 'merge:st-existing',
        [decisionField('draft-statement-2')]: 'reject',
      }),
    )
    expect(merged.ok && merged.publish.merges).toEqual([
      { draftId: 'draft-statement-1', recordId: 'st-existing' },
    ])
    const forged = planPublish(
      proposal,
      form({
        [decisionField('draft-statement-1')]: 'merge:talk-istanbul-2025-07',
        [decisionField('draft-statement-2')]: 'reject',
      }),
    )
    expect(forged).toEqual({
      ok: false,
      error: 'talk-istanbul-2025-07 is not a suggested match for draft-statement-1 any more.',
    })
  })

  it('asks for a new review when a draft has no decision, and refuses to publish nothing', () => {
    expect(planPublish(proposal, form({ [decisionField('draft-statement-1')]: 'new' })).ok).toBe(
      false,
    )
    const none = planPublish(
      proposal,
      form({
        [decisionField('draft-statement-1')]: 'reject',
        [decisionField('draft-statement-2')]: 'reject',
      }),
    )
    expect(none).toEqual({ ok: false, error: 'Every draft was rejected: nothing to publish.' })
  })

  it('publishes every draft reading a name with the one mapping chosen for it, merged ones included', () => {
    const withMatch: IngestProposal = {
      ...newNamesProposal,
      matches: [
        {
          draftId: 'draft-statement-1',
          recordId: 'st-existing',
          score: 0.9,
          reasons: ['same speaker'],
        },
      ],
    }
    const sent = form({
      [decisionField('draft-attack-1')]: 'new',
      [decisionField('draft-statement-1')]: 'merge:st-existing',
      [nameField({ type: 'actor', proposedId: 'new-ivan-petrenko' })]: 'martsinkiv',
    })
    const { choices } = readNameChoices(withMatch, sent, dictionaries)
    const mapped = planPublish(withMatch, sent, (draftId) => renamesFor(choices, draftId))
    if (!mapped.ok) throw new Error(mapped.error)
    const speakers = mapped.publish.drafts.map((d) => [
      d.record.id,
      d.record.claims.map((c) => c.assertedBy),
    ])
    expect(speakers).toEqual([
      ['draft-attack-1', [{ type: 'actor', actorId: 'martsinkiv' }]],
      ['draft-statement-1', [{ type: 'actor', actorId: 'martsinkiv' }]],
    ])
    const statement = mapped.publish.drafts[1]?.record
    expect(statement?.kind === 'statement' && statement.speaker).toEqual({
      type: 'actor',
      actorId: 'martsinkiv',
    })
    expect(mapped.publish.drafts.flatMap((d) => d.newNames.map((n) => n.proposedId))).toEqual([
      'new-zarichne',
    ])
  })

  it('publishes nothing when a mapping leaves a draft invalid', () => {
    const plan = planPublish(
      newNamesProposal,
      form({
        [decisionField('draft-attack-1')]: 'new',
        [decisionField('draft-statement-1')]: 'new',
      }),
      () => [{ type: 'actor', from: 'new-ivan-petrenko', to: 'Not An Id' }],
    )
    expect(plan.ok).toBe(false)
  })
})
