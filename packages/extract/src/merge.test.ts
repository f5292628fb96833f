import { istanbulTalksArticleText, seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { matchDrafts, matchRecord } from './merge.ts'

const options = { publishedAt: '2025-07-21', source: { id: 'src-istanbul-talks-2025-07-21' } }
const drafts = extract(istanbulTalksArticleText, options)
const best = (suggestions: ReturnType<typeof matchDrafts>, draftId: string) =>
  suggestions.find((s) => s.draftId === draftId)

describe('matchDrafts', () => {
  it('matches every draft of the seed article to a record already in the seed dataset', () => {
    const suggestions = matchDrafts(drafts, seedDataset.records)
    for (const d of drafts) expect(best(suggestions, d.record.id), d.record.id).toBeDefined()
    const talk = drafts.find((d) => d.record.kind === 'talk' && d.record.round === 3)
    const attack = drafts.find(
      (d) => d.record.kind === 'attack' && d.record.attackerId === 'ukraine',
    )
    expect(best(suggestions, talk?.record.id ?? '')).toMatchObject({
      recordId: 'talk-istanbul-2025-07',
      reasons: expect.arrayContaining(['same venue (tr-istanbul)', 'same round (3)']),
    })
    expect(best(suggestions, attack?.record.id ?? '')?.recordId).toBe(
      'attack-ua-drones-russia-2025-07-21',
    )
  })

  it('matches the second ingest of an article draft for draft, so nothing is duplicated', () => {
    const again = extract(istanbulTalksArticleText, options)
    const suggestions = matchDrafts(
      again,
      drafts.map((d) => d.record),
    )
    for (const d of again) expect(best(suggestions, d.record.id)?.recordId).toBe(d.record.id)
  })

  it('does not match a strike on another night, place and side', () => {
    const [odesa] = extract(
      'Russian missiles hit Odesa on Sunday, killing three people, regional governor Oleh Kiper said.',
      {
        publishedAt: '2025-08-04',
        source: { id: 'src-odesa' },
      },
    )
    expect(odesa && matchDrafts([odesa], seedDataset.records)).toEqual([])
  })

  it('never matches records of different kinds', () => {
    const [talk] = seedDataset.records.filter((r) => r.kind === 'talk')
    const [attack] = seedDataset.records.filter((r) => r.kind === 'attack')
    expect(talk && attack && matchRecord(talk, attack)).toBeUndefined()
  })
})
