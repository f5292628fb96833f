import { describe, expect, it } from 'vitest'
import { givenElsewhere } from './aid-countries.ts'
import { aidRecords, itemNames, sums } from './testing/aid-records.ts'

const aid = (text: string) => aidRecords(text, '2024-11-20')
const items = itemNames

describe('sentences that go on about the aid just told', () => {
  it('prices the package "according to" a minister named with his state\'s demonym', () => {
    expect(
      givenElsewhere('According to Finnish Defence Minister Antti Häkkänen, it costs €5m.'),
    ).toBe(false)
    const [a] = aid(
      'Finland will send armoured vehicles to Ukraine, Prime Minister Petteri Orpo announced.\nAccording to Finnish Defence Minister Antti Häkkänen, the military package is worth EUR 200 million.',
    )
    expect(sums(a)).toEqual([2e8])
  })

  it('still leaves aid sent to another state to that state', () => {
    expect(givenElsewhere('Finland will send €20 million to Moldova.')).toBe(true)
  })

  it('reads "The allocation of €X … to Ukraine" in a quoted statement as a pledge', () => {
    const [a] = aid(
      'The commissioner said in a statement: “The allocation of 90 million euros (97 million US dollars) in additional humanitarian assistance to Ukraine,” given the winter.',
    )
    expect(a?.stage).toBe('pledge')
    expect(sums(a)).toEqual([9e7])
  })

  it('joins a quoted "This includes …" and leaves what partners provide out', () => {
    const records = aid(
      'Canada is sending $30 million in humanitarian assistance to Ukraine, Ottawa said. "This assistance will help our partners to provide shelter, clean water and hygiene kits," the statement said. "This includes emergency medical supplies and blankets to meet the needs of 40,000 people."',
    )
    expect(records).toHaveLength(1)
    expect(items(records[0])).toEqual(['Emergency medical supplies', 'Blankets'])
  })

  it('takes no day of the aid from the start of the war told beside it', () => {
    const [a] = aid(
      'Norway has announced a new $300 million package for Ukraine. This support comes as Ukraine resists an aggression which began with an all-out assault in February 2022.',
    )
    expect(a?.claims.some((c) => c.fact === 'date')).toBe(false)
  })
})
