import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string, publishedAt = '2024-05-02'): Aid[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )
const items = (a: Aid | undefined) =>
  a?.claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : []))
const amounts = (a: Aid | undefined) =>
  a?.claims.flatMap((c) =>
    c.fact === 'money' && c.value.kind === 'amount' ? [c.value.amount] : [],
  )

describe('packages in other wordings', () => {
  it('reads "is set to unveil" and "will offer" as pledges', () => {
    const [unveiled] = aid(
      'Canada is set to unveil a new $300 million military aid package for Ukraine.',
    )
    expect(unveiled?.stage).toBe('pledge')
    expect(amounts(unveiled)).toEqual([300_000_000])
    const [offered] = aid(
      'Sweden will offer Ukraine an extra IRIS-T battery in a $1.1 billion package.',
    )
    expect(items(offered)).toEqual(['IRIS-T battery'])
    expect(amounts(offered)).toEqual([1_100_000_000])
  })

  it('takes what a speaker goes on to say after a quotation, "saying the package includes …"', () => {
    const [a] = aid(
      'Sweden will send Ukraine another round of security assistance worth $400 million.\nThe weapons will “help on the front,” the minister told reporters, saying the package includes radars, 20 howitzers and drones.',
    )
    expect(items(a)).toEqual(['Radars', 'Howitzers', 'Drones'])
  })

  it('takes no "crucial security assistance" or "round of aid" for an item', () => {
    const [a] = aid(
      'Norway will provide Ukraine with a round of aid worth NOK 2 billion, aimed at providing crucial security assistance.',
    )
    expect(items(a)).toEqual([])
  })
})

describe('givers in other wordings', () => {
  it('reads "announced C$500 million" and a headline\'s "gives Ukraine" as pledges', () => {
    const [cad] = aid('Canada announced C$200 million in military aid to Ukraine on Sunday.')
    expect(cad?.stage).toBe('pledge')
    const [nok] = aid('Norway gives Ukraine 3 billion kroner for gas purchases.')
    expect(nok?.donorIds).toEqual(['norway'])
    expect(amounts(nok)).toEqual([3_000_000_000])
  })

  it('takes no "NATO allies agreed on Monday" for an item', () => {
    const [a] = aid('Ukraine will receive two more IRIS-T systems, NATO allies agreed on Monday.')
    expect(items(a)).toEqual(['IRIS-T systems'])
  })

  it('files money from the World Bank as financial', () => {
    const [a] = aid('Ukraine received $1.1 billion from the World Bank, the ministry said.')
    expect(a?.category).toBe('financial')
  })
})

describe('package contents told after the package', () => {
  it('reads "has put together a new aid package" and "Worth …, it includes …"', () => {
    const [a] = aid(
      'The Dutch government has put together a new aid package for Ukraine. Worth 300 million euros, it includes radars, trucks as well as mines and drones.',
    )
    expect(a?.stage).toBe('pledge')
    expect(amounts(a)).toEqual([300_000_000])
    expect(items(a)).toEqual(['Radars', 'Trucks', 'Mines', 'Drones'])
  })

  it('keeps the items after ", as well as"', () => {
    const [a] = aid(
      'Poland will provide Ukraine with radars and rifles, as well as helmets and boots.',
    )
    expect(items(a)).toEqual(['Radars', 'Rifles', 'Helmets', 'Boots'])
  })
})
