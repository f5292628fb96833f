import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string): Aid[] =>
  extract(text, { publishedAt: '2025-06-04', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )

describe('aid from lenders and funds', () => {
  it('names the bank a sum was received from as its giver, and the aid as financial', () => {
    const [bank] = aid('Kyiv received $2bn from the World Bank on Monday.')
    expect(bank).toMatchObject({
      stage: 'delivery',
      category: 'financial',
      donorIds: ['world-bank'],
    })
    const [eib] = aid('Ukraine has received EUR 400 million from the European Investment Bank.')
    expect(eib).toMatchObject({ category: 'financial', donorIds: ['eib'] })
  })

  it('knows the fund and the development bank by their initials', () => {
    expect(aid('The IMF disbursed about $900 million to Ukraine.')[0]?.donorIds).toEqual(['imf'])
    expect(aid('The EBRD will lend Ukraine EUR 300 million for gas.')[0]?.donorIds).toEqual([
      'ebrd',
    ])
  })
})

describe('the G7 as a giver', () => {
  it('reads the group by its name with a digit, hyphened or not', () => {
    expect(aid('The G7 will lend Ukraine $20 billion.')[0]?.donorIds).toEqual(['g7'])
    expect(aid('The G-7 will lend Ukraine $20 billion.')[0]?.donorIds).toEqual(['g7'])
  })
})

describe('a weapon that arrives', () => {
  it('drafts no delivery from a drone arriving at a time or crashing where it arrived', () => {
    const strike = 'Three drones attacked a fuel depot in the Oryol region overnight.'
    expect(aid(`${strike} The first drone arrived at about 2:40 and hit a tank.`)).toEqual([])
    expect(
      aid(`${strike} A second drone arrived minutes later and exploded near the gate.`),
    ).toEqual([])
  })

  it('still reads aid that arrived as delivered', () => {
    expect(aid('Forty generators donated by Japan arrived in Kharkiv on Monday.')[0]?.stage).toBe(
      'delivery',
    )
  })
})
