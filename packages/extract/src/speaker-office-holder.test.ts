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
