import type { Attack } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const drafts = (text: string) => extract(text, { publishedAt: '2025-06-02', source: { id: 's' } })
const whoSaid = (text: string, fact: string) =>
  drafts(text)
    .flatMap((d) => (d.record.kind === 'attack' ? [d.record as Attack] : []))
    .flatMap((a) => a.claims)
    .filter((c) => c.fact === fact)
    .map((c) => c.assertedBy)

describe('a sentence after a speaker’s, with no speaker of its own', () => {
  it('is the reporter’s when it stands outside the speaker’s quotation', () => {
    expect(
      whoSaid(
        'Russian drones struck a depot in Poltava overnight, regional governor Ivan Moroz said. No one was injured.',
        'injured',
      ),
    ).toEqual([{ type: 'unnamed', description: 'the reporting outlet' }])
  })

  it('is the speaker’s inside a quotation their sentence opened', () => {
    expect(
      whoSaid(
        'Governor Ivan Moroz wrote on Telegram: “Drones hit Poltava overnight. Four people were injured.”',
        'injured',
      ),
    ).toEqual([{ type: 'actor', actorId: 'new-ivan-moroz' }])
  })

  it('is the speaker’s after their colon', () => {
    expect(
      whoSaid(
        'Russian drones hit Poltava overnight. Governor Ivan Moroz reported the toll: Four people were injured.',
        'injured',
      ),
    ).toEqual([{ type: 'actor', actorId: 'new-ivan-moroz' }])
  })

  it('is the speaker’s when it breaks down their count', () => {
    expect(
      whoSaid(
        'Russian drones struck Poltava overnight, killing three people, the State Emergency Service said. More than 20 others were injured.',
        'injured',
      ),
    ).toEqual([{ type: 'actor', actorId: 'new-state-emergency-service' }])
  })

  it('still belongs to the speaker’s statement', () => {
    const statements = drafts(
      'Russian drones struck a depot in Poltava overnight, regional governor Ivan Moroz said. No one was injured.',
    ).filter((d) => d.record.kind === 'statement')
    expect(statements).toHaveLength(1)
  })
})
