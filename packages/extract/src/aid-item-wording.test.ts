import { describe, expect, it } from 'vitest'
import { itemsIn } from './aid-items.ts'

const names = (text: string) => itemsIn(text).map((i) => i.name)

describe('things given, told in more shapes', () => {
  it('reads the things "among them", without the verb that follows', () => {
    expect(
      names(
        'The aid to Ukraine, among them 10 armoured ambulances and 5 field kitchens, arrived on Monday.',
      ),
    ).toEqual(['Armoured ambulances', 'Field kitchens'])
  })

  it('reads past the recipient named between the verb and the thing', () => {
    expect(
      names('Latvia handed over to Ukraine a batch of M113 armoured personnel carriers.'),
    ).toEqual(['M113 armoured personnel carriers'])
  })

  it('reads what a package "would contain"', () => {
    expect(
      names('The package would contain more Patriot interceptors and precision-guided munitions.'),
    ).toEqual(['Patriot interceptors', 'Precision-guided munitions'])
  })
})

describe('things named by a model or a batch', () => {
  it('keeps a model designation with no three letters in a row', () => {
    expect(names('Norway will deliver the F-16s to Ukraine.')).toEqual(['F-16s'])
  })

  it('reads what a first batch is of', () => {
    expect(names('Ukraine received the first batch of Leopard tanks from Poland.')).toEqual([
      'Leopard tanks',
    ])
  })
})
