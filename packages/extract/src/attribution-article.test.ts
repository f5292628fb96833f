import type { Statement } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

/** Who speaks a sentence once the sentences around it are read: statements of whole texts. */
const speakers = (text: string) =>
  extract(text, { source: { id: 's' } })
    .flatMap((d) => (d.record.kind === 'statement' ? [d.record] : []))
    .map((st: Statement) => st.speaker)

describe('a speaker named by the sentence after', () => {
  it('gives "<State> has confirmed …. This was stated by its minister X." to the minister', () => {
    expect(
      speakers(
        'Germany has confirmed a new air defence package for Ukraine worth €500 million.\nThis was stated by German Defence Minister Boris Pistorius at a briefing in Berlin.',
      ),
    ).toEqual([{ type: 'actor', actorId: 'pistorius' }])
  })
})
