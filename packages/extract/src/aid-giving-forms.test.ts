import { describe, expect, it } from 'vitest'
import { aidRecords, itemNames, sums } from './testing/aid-records.ts'

const aid = (text: string) => aidRecords(text, '2025-03-04')
const items = itemNames

describe('giving told in more shapes of English', () => {
  it('reads a means of giving after "by" and an offer as a pledge', () => {
    const [a] = aid('Norway is proposing to help Ukraine by offering a $2-billion loan.')
    expect(a?.stage).toBe('pledge')
    expect(a?.category).toBe('financial')
    expect(sums(a)).toEqual([2e9])
  })

  it('reads a sum "declared" for Ukraine as a pledge', () => {
    const [a] = aid(
      'Portugal has declared an additional $15 million in humanitarian aid to Ukraine.',
    )
    expect(a?.donorIds).toEqual(['portugal'])
    expect(sums(a)).toEqual([15e6])
  })

  it('reads the things a package is "composed of"', () => {
    const [a] = aid(
      'Finland will send a defence package to Ukraine, composed of 30 armoured vehicles, mortars and the Patria system.',
    )
    expect(items(a)).toEqual(['Armoured vehicles', 'Mortars', 'Patria system'])
  })

  it('counts things "formally handed over" as the subject of a delivery', () => {
    const [a] = aid('Ten mobile boilers were formally handed over to Ukraine by Norway on Monday.')
    expect(a?.stage).toBe('delivery')
    expect(a?.category).toBe('humanitarian')
    expect(items(a)).toContain('Mobile boilers')
  })

  it('joins the very next sentence by the same giver past a paragraph break', () => {
    const records = aid(
      'Spain will step up its support for Ukraine by sending howitzers, Prime Minister Pedro Sánchez said on Monday.\nThe Spanish government decided to send the fifth package, composed of 12 howitzers and trucks.',
    )
    expect(records).toHaveLength(1)
    expect(items(records[0])).toContain('Trucks')
  })
})

describe('giving told with verbs of lending and proposing', () => {
  it('reads "will extend a loan of …" as a pledge of money', () => {
    const [a] = aid('Japan will extend a loan of 472 billion yen to Ukraine.')
    expect(a?.stage).toBe('pledge')
    expect(a?.category).toBe('financial')
    expect(sums(a)).toEqual([472e9])
  })

  it('reads a government that "proposed a … package" as pledging it', () => {
    const [a] = aid("Norway's government proposed a 7.1 billion crown aid package for Ukraine.")
    expect(a?.donorIds).toEqual(['norway'])
    expect(a?.claims.find((c) => c.fact === 'money')?.value).toMatchObject({ currency: 'NOK' })
  })
})
