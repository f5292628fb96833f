import type { Statement } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const statements = (text: string): Statement[] =>
  extract(text, { source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'statement' ? [d.record] : [],
  )

describe('an office holder named after the body of the office', () => {
  it('gives "according to a press release from Pentagon Press Secretary <name>" to the person', () => {
    const [st] = statements(
      'The package includes artillery rounds and radars for Ukraine, according to a press release from Acting Pentagon Press Secretary Jane Doerr.',
    )
    expect(st?.speaker).toEqual({ type: 'actor', actorId: 'new-jane-doerr' })
    expect(st?.channel).toBe('official-statement')
  })
})

describe('wire forms of an unnamed or an office speaker', () => {
  it('reads "A senior U.S. official, speaking on condition of anonymity, said" as that official', () => {
    const [st] = statements(
      'A senior U.S. official, speaking on condition of anonymity, said the Ukraine package would be announced on Friday.',
    )
    expect(st?.speaker).toEqual({
      type: 'unnamed',
      description: 'A senior U.S. official',
      affiliationId: 'united-states',
    })
  })

  it('reads "Zelenskiy\'s office said" as the Office of the President, not the president', () => {
    const [st] = statements("Zelenskiy's office said the talks with Russia would resume next week.")
    expect(st?.speaker).toEqual({ type: 'actor', actorId: 'ua-presidential-office' })
  })
})
