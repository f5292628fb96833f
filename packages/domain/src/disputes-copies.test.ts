import { describe, expect, it } from 'vitest'
import type { Attack } from './attack.ts'
import { deriveFacts } from './disputes.ts'
import { russianDroneWave } from './seed/attacks.ts'
import { istanbulTalksArticle } from './seed/source.ts'
import { type Source, sourceOrigins } from './source.ts'

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
const originOf = sourceOrigins([istanbulTalksArticle, copy, independent])

describe('a copy of a source does not corroborate it', () => {
  it('counts the seed and its syndicated copy as one witness: single, not corroborated', () => {
    const [killed] = deriveFacts(toldTwice(copy.id), { originOf })
    expect(killed?.status).toBe('single')
    expect(killed?.positions[0]?.claims).toHaveLength(2)
  })

  it('counts an independent outlet as a second witness', () => {
    expect(deriveFacts(toldTwice(independent.id), { originOf })[0]?.status).toBe('corroborated')
  })

  it('keeps the old count of claims when no origins are given', () => {
    expect(deriveFacts(toldTwice(copy.id))[0]?.status).toBe('corroborated')
  })

  it('takes an unknown source as its own origin', () => {
    expect(originOf('src-unknown')).toBe('src-unknown')
    expect(originOf(copy.id)).toBe(istanbulTalksArticle.id)
  })
})
