import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string, publishedAt = '2025-06-04'): Aid[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )

describe('givers named in other ways', () => {
  it('reads a giving state\'s capital as the state: "Washington has approved …"', () => {
    expect(
      aid('Washington has approved $250 million in new weapons for Kyiv.')[0]?.donorIds,
    ).toEqual(['united-states'])
    expect(aid('Paris will send Ukraine 40 more SCALP missiles.')[0]?.donorIds).toEqual(['france'])
  })

  it('reads "the UK government said it would give …" as the UK giving', () => {
    const [a] = aid('The UK government said it would give Ukraine £80 million for energy repairs.')
    expect(a?.donorIds).toEqual(['united-kingdom'])
  })

  it('reads "will receive €2.5 billion from the European Union" past the decimal point', () => {
    const [a] = aid('Ukraine will receive €2.5 billion from the European Union in June.')
    expect(a?.donorIds).toEqual(['european-union'])
  })
})
