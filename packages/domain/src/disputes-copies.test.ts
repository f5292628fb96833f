import { describe, expect, it } from 'vitest'
import type { Attack } from './attack.ts'
import { deriveFacts } from './disputes.ts'
import { russianDroneWave } from './seed/attacks.ts'
import { istanbulTalksArticle } from './seed/source.ts'
import type { Source } from './source.ts'

const [base] = russianDroneWave.claims
if (!base) throw new Error('seed attack has no claims')

/** The seed's Kyiv toll claimed twice: by the seed article and by `sourceId`. */
const toldTwice = (sourceId: string): Attack => ({
  ...russianDroneWave,
  claims: [
    {
      ...base,
      id: 'k-seed',
      fact: 'killed',
      value: { qualifier: 'at-least', value: 1, scope: 'ua-kyiv' },
    },
    {
      ...base,
      id: 'k-other',
      sourceId,
      fact: 'killed',
      value: { qualifier: 'at-least', value: 1, scope: 'ua-kyiv' },
    },
  ],
})

const copy: Source = {
  ...istanbulTalksArticle,
  id: 'src-syndicated',
  copyOf: istanbulTalksArticle.id,
}
const independent: Source = { ...istanbulTalksArticle, id: 'src-other-outlet' }
const byId = new Map([istanbulTalksArticle, copy, independent].map((s) => [s.id, s]))
const sources = (id: string) => byId.get(id)

describe('a copy of a source does not corroborate it', () => {
  it('counts the seed and its syndicated copy as one witness: single, not corroborated', () => {
    const [killed] = deriveFacts(toldTwice(copy.id), sources)
    expect(killed?.status).toBe('single')
    expect(killed?.positions[0]?.claims).toHaveLength(2)
  })

  it('counts an independent outlet as a second witness', () => {
    expect(deriveFacts(toldTwice(independent.id), sources)[0]?.status).toBe('corroborated')
  })

  it('without the sources, takes each document as its own origin', () => {
    expect(deriveFacts(toldTwice(copy.id))[0]?.status).toBe('corroborated')
  })
})
