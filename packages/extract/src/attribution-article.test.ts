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
  it('gives "The <demonym> government announced …" to the official of a "Source:" line under it', () => {
    expect(
      speakers(
        'The Finnish government announced a new military aid package for Ukraine worth €190 million on 12 March.\n\nSource: Finnish Prime Minister Petteri Orpo at a press conference',
      ),
    ).toEqual([{ type: 'actor', actorId: 'new-petteri-orpo' }])
  })

  it("keeps a state's words when the passive names an official of another state", () => {
    expect(
      speakers(
        'Germany has confirmed a new air defence package for Ukraine worth €500 million.\nThis was stated by Ukrainian President Volodymyr Zelensky in Kyiv.',
      )[0],
    ).toEqual({ type: 'actor', actorId: 'germany' })
  })
})

describe('a body named without its state, sentences after the state', () => {
  it('gives "The government wrote …" to the state an earlier sentence opened with', () => {
    expect(
      speakers(
        'Norway has allocated a budget for more military aid to Ukraine.\nThe donation is worth 2 billion kroner.\nThe government wrote that part of the package will fund air defence for Ukraine.',
      ),
    ).toEqual([{ type: 'unnamed', description: 'government', affiliationId: 'norway' }])
  })
})
