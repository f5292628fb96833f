import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string): Aid[] =>
  extract(text, { publishedAt: '2025-05-06', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )

describe('a giver known by the programme it pays through', () => {
  it.each([
    [
      'Ukraine will receive a €2 billion tranche under the Ukraine Facility in June.',
      'european-union',
    ],
    [
      'Another €300 million for Ukraine was approved under the European Peace Facility.',
      'european-union',
    ],
    [
      'A $250 million package funded through USAI will be sent to Ukraine, officials said.',
      'united-states',
    ],
    ['Weapons worth $500 million bought through PURL have been shipped to Ukraine.', 'nato'],
  ])('"%s" is aid from %s', (text, giver) => {
    expect(aid(text)[0]?.donorIds).toEqual([giver])
  })

  it('keeps the giver a clause names over the programme', () => {
    expect(aid('Denmark will contribute $90 million to PURL for Ukraine.')[0]?.donorIds).toEqual([
      'denmark',
    ])
  })
})
