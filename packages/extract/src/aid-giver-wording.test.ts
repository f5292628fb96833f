import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string): Aid[] =>
  extract(text, { publishedAt: '2024-12-26', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )

describe('who gives, when the sentence does not name a state as subject', () => {
  it('takes the state a speaker speaks for as the giver of their "we"', () => {
    const [a] = aid(
      '“We are preparing a new aid package for Ukraine worth 300 million euros,” Scholz said.',
    )
    expect(a?.donorIds).toEqual(['germany'])
  })

  it('never takes Ukraine for the giver of a Ukrainian speaker’s "we"', () => {
    const [a] = aid('“We will receive 12 more howitzers,” Zelensky said.')
    expect(a?.donorIds).toEqual([])
  })

  it('reads the words before "media reported with reference to …" as the report', () => {
    const [a] = aid(
      'Forty power generators provided by the Japanese government arrived in Ukraine on Monday, local media reported with reference to the embassy’s post.',
    )
    expect(a?.stage).toBe('delivery')
    expect(a?.donorIds).toEqual(['japan'])
  })
})
