import { describe, expect, it } from 'vitest'
import { itemsIn } from './aid-items.ts'

const names = (text: string) => itemsIn(text).map((i) => i.name)

describe('itemsIn', () => {
  it('splits a list on commas and the last "and"', () => {
    expect(
      names(
        'The funds are necessary to manufacture more remote-controlled drones, interceptor drones and long-range weapons',
      ),
    ).toEqual(['Remote-controlled drones', 'Interceptor drones', 'Long-range weapons'])
  })

  it('keeps "air-defence systems and associated missiles" as one item and drops "and more"', () => {
    expect(
      names(
        '“We are still urgently lacking air-defence systems and associated missiles, radars, drone systems and more,” the general said',
      ),
    ).toEqual(['Air-defence systems and associated missiles', 'Radars', 'Drone systems'])
  })

  it('reads the count of an item', () => {
    expect(
      itemsIn('Germany wants to support Ukraine with two more Patriot missile defence systems.'),
    ).toEqual([
      {
        name: 'Patriot missile defence systems',
        quantity: { qualifier: 'exact', value: 2, raw: 'two more' },
      },
    ])
    expect(
      itemsIn(
        'the Bundeswehr is to hand over two of its nine remaining Patriot systems to Ukraine',
      )[0],
    ).toMatchObject({
      name: 'Patriot systems',
      quantity: { value: 2, raw: 'two of its nine remaining' },
    })
  })

  it('does not take bare funds for an item', () => {
    expect(itemsIn('he asked partner countries to already provide funds for 2026.')).toEqual([])
  })

  it('splits what a package "includes", past "a wide range of …:" and "funding for"', () => {
    expect(
      names(
        'The package includes a wide range of equipment: six howitzers, 40 armoured vehicles and 12 radars',
      ),
    ).toEqual(['Howitzers', 'Armoured vehicles', 'Radars'])
    expect(
      names('The package includes funding for thousands of drones, mines and spare parts.'),
    ).toEqual(['Drones', 'Mines', 'Spare parts'])
  })

  it('reads "supply Ukraine with" and counts "a total of" and "a company of" as the items\'', () => {
    expect(itemsIn('Poland will supply Ukraine with two more radars by spring')).toEqual([
      { name: 'Radars', quantity: expect.objectContaining({ value: 2 }) },
    ])
    expect(itemsIn('Spain would donate a total of 12 howitzers')).toEqual([
      { name: 'Howitzers', quantity: expect.objectContaining({ value: 12 }) },
    ])
  })

  it('takes no destination, giver or last year for an item', () => {
    expect(
      itemsIn('Spain supplied 12 howitzers last year and will supply to Ukraine').map(
        (i) => i.name,
      ),
    ).toEqual(['Howitzers'])
  })
})

describe('items that are things, counted as written', () => {
  it('reads a space as a thousands separator and drops clauses taken for items', () => {
    const found = itemsIn(
      'Ukraine will also receive 20 000 artillery ammunition, and partners have sent it urgently, Dutch Prime Minister Mark Rutte said on Sunday.',
    )
    expect(found[0]).toMatchObject({ name: 'Artillery ammunition', quantity: { value: 20000 } })
    expect(found.map((i) => i.name).join('|')).not.toMatch(/\bsaid\b|^It\b/)
  })

  it('leaves the giving verb and the recipient’s possessive out of the thing', () => {
    expect(itemsIn('Japan has sent 237 more generators to Ukraine.')[0]).toMatchObject({
      name: 'Generators',
      quantity: { value: 237 },
    })
    expect(itemsIn('Norway will finance Ukraine’s air defense.')[0]?.name).toBe('Air defense')
  })
})
