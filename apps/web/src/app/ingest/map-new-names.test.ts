import { type Draft, SitrepRecord, type Talk } from '@sitrep/domain'
import { julyRound } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { mapNewNames } from './map-new-names.ts'
import { nameField, readNameChoices, renamesFor } from './name-choices.ts'
import { dictionaries, newNamesProposal } from './new-names.fixture.ts'

const draftOf = (id: string): Draft => {
  const draft = newNamesProposal.drafts.find((d) => d.record.id === id)
  if (!draft) throw new Error(`the fixture holds ${id}`)
  return draft
}
const attackDraft = draftOf('draft-attack-1')
const statementDraft = draftOf('draft-statement-1')

describe('mapNewNames', () => {
  it('links the attack’s speaker and place to the existing entries and unflags those names', () => {
    const result = mapNewNames(attackDraft, [
      { type: 'actor', from: 'new-ivan-petrenko', to: 'martsinkiv' },
      { type: 'place', from: 'new-zarichne', to: 'ua-odesa' },
    ])
    if (!result.ok) throw new Error(result.error)
    const { record, newNames } = result.draft
    expect(newNames).toEqual([])
    expect(record.kind === 'attack' && record.placeIds).toEqual(['ua-odesa'])
    expect(record.claims[0]?.assertedBy).toEqual({ type: 'actor', actorId: 'martsinkiv' })
    expect(record.claims[0]?.quote).toBe(attackDraft.record.claims[0]?.quote)
    expect(SitrepRecord.safeParse(record).success).toBe(true)
  })

  it('keeps the names the editor did not map flagged as new', () => {
    const result = mapNewNames(attackDraft, [
      { type: 'actor', from: 'new-ivan-petrenko', to: 'martsinkiv' },
    ])
    expect(result.ok && result.draft.newNames.map((n) => n.proposedId)).toEqual(['new-zarichne'])
    expect(
      result.ok && result.draft.record.kind === 'attack' && result.draft.record.placeIds,
    ).toEqual(['new-zarichne'])
  })

  it('moves a statement’s speaker and leaves its words alone', () => {
    const result = mapNewNames(statementDraft, [
      { type: 'actor', from: 'new-ivan-petrenko', to: 'martsinkiv' },
    ])
    const record = result.ok ? result.draft.record : undefined
    expect(record?.kind === 'statement' && record.speaker).toEqual({
      type: 'actor',
      actorId: 'martsinkiv',
    })
    expect(record?.kind === 'statement' && record.speakerRole).toBe('Kyiv regional governor')
  })

  it('maps the speaker of the attack and of the statement from the one choice for his name', () => {
    const form = new FormData()
    form.set(nameField({ type: 'actor', proposedId: 'new-ivan-petrenko' }), 'martsinkiv')
    const { choices } = readNameChoices(newNamesProposal, form, dictionaries)
    const [attack, statement] = [attackDraft, statementDraft].map((draft) => {
      const result = mapNewNames(draft, renamesFor(choices, draft.record.id))
      if (!result.ok) throw new Error(result.error)
      return result.draft
    })
    const martsinkiv = { type: 'actor', actorId: 'martsinkiv' }
    expect(attack?.record.claims.map((c) => c.assertedBy)).toEqual([martsinkiv])
    expect(attack?.newNames.map((n) => n.proposedId)).toEqual(['new-zarichne'])
    expect(statement?.record.kind === 'statement' && statement.record.speaker).toEqual(martsinkiv)
    expect(statement?.record.claims.map((c) => c.assertedBy)).toEqual([martsinkiv])
    expect(statement?.newNames).toEqual([])
  })

  it('returns the draft untouched when nothing is mapped', () => {
    expect(mapNewNames(attackDraft, [])).toEqual({ ok: true, draft: attackDraft })
  })

  it('refuses a mapping that leaves a talk with one party, naming the draft', () => {
    const talk: Talk = { ...julyRound, partyIds: ['ukraine', 'new-moscow'] }
    const result = mapNewNames({ record: talk, newNames: [] }, [
      { type: 'actor', from: 'new-moscow', to: 'ukraine' },
    ])
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatch(
      /^With these names mapped, “Third round of Ukraine–Russia talks in Istanbul” is no longer a valid record \(record\.partyIds: /,
    )
  })
})
