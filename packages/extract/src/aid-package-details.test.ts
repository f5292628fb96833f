import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { itemsIn } from './aid-items.ts'
import { extract } from './extract.ts'

const aid = (text: string): Aid[] =>
  extract(text, { source: { id: 's' } }).flatMap((d) => (d.record.kind === 'aid' ? [d.record] : []))
const amounts = (a: Aid | undefined) =>
  a?.claims.flatMap((c) =>
    c.fact === 'money' && c.value.kind === 'amount' ? [c.value.amount] : [],
  )
const items = (a: Aid | undefined) =>
  a?.claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : []))

describe('a package told over several sentences', () => {
  it('prices the aid of a lede with the next sentence that names no giver', () => {
    const found = aid(
      'Canada has said it will give Ukraine armoured vehicles and night-vision goggles.\nA senior official told reporters that a new 90 million dollars package will include 20 armoured vehicles.',
    )
    expect(found).toHaveLength(1)
    expect(amounts(found[0])).toEqual([90_000_000])
  })

  it('goes on with "More specifically, the package …" and "Highlights include …"', () => {
    const found = aid(
      'Canada announced a new military aid package for Ukraine worth $90 million on Friday. Highlights include radars and field hospitals, according to the ministry. More specifically, the package includes Sentinel radars. It also includes spare parts.',
    )
    expect(found).toHaveLength(1)
    expect(items(found[0])).toEqual(
      expect.arrayContaining(['Radars', 'Field hospitals', 'Sentinel radars', 'Spare parts']),
    )
  })

  it('reads a total brought to a sum after a long phrase as a running total', () => {
    const found = aid(
      'Canada announced a new military aid package for Ukraine worth $90 million. The package brings the total amount of military aid Canada has provided to Ukraine since 2022 to roughly $4 billion.',
    )
    expect(amounts(found[0])).toEqual([90_000_000])
  })
})

describe('things a package included', () => {
  it('reads the list after "included"', () => {
    expect(itemsIn('The package included mortars, radars and trucks.').map((i) => i.name)).toEqual([
      'Mortars',
      'Radars',
      'Trucks',
    ])
  })

  it('keeps ", or <short name>" with the thing it names', () => {
    expect(
      itemsIn(
        'It includes rockets for the Multiple Launch Rocket System, or MLRS, as well as trucks.',
      ).map((i) => i.name),
    ).toEqual(['Rockets for the Multiple Launch Rocket System, or MLRS', 'Trucks'])
  })

  it('takes no item from "a new security assistance package"', () => {
    expect(
      itemsIn(
        'Canada will provide Ukraine with a new security assistance package worth $9 million.',
      ),
    ).toEqual([])
  })
})

describe('loans and pledges told with a total beside them', () => {
  it('reads a tranche received within a credit agreement as financial, its loan total no payment', () => {
    const found = aid(
      'Within the credit agreement with Norway, Ukraine received an additional 300 million kroner ($29 million). The total amount of the loan is 2 billion kroner ($190 million).',
    )
    expect(found).toHaveLength(1)
    expect(found[0]?.category).toBe('financial')
    expect(amounts(found[0])).toEqual([300_000_000])
  })

  it('reads a sum a minister is "confirming" as pledged', () => {
    const [a] = aid(
      'Sweden also reaffirmed its commitment to Ukraine, with its defence minister confirming €2 billion in support this year.',
    )
    expect(a?.stage).toBe('pledge')
    expect(a?.donorIds).toEqual(['sweden'])
  })

  it('takes no item from the meeting\'s ", held Friday in Brussels"', () => {
    expect(
      itemsIn(
        'Allies pledged €2 billion in military assistance for Ukraine during a meeting of the group, held Friday in Brussels.',
      ),
    ).toEqual([])
  })
})

describe('the category of money paid out', () => {
  it('reads money "disbursed" as financial aid', () => {
    const [a] = aid('The Nordic Investment Bank disbursed €200 million to Ukraine.')
    expect(a?.category).toBe('financial')
  })
})
