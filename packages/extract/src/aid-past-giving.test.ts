import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string): Aid[] =>
  extract(text, { publishedAt: '2024-06-12', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )
const items = (a: Aid | undefined) =>
  a?.claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : [])) ?? []

describe('giving told in the simple past, by shipping, getting and buying', () => {
  it('reads "sent Ukraine" and "gave Ukraine" as deliveries, with the things and no month', () => {
    const [a] = aid('Portugal sent Ukraine three Leopard 2 tanks in March.')
    expect(a?.stage).toBe('delivery')
    expect(items(a)).toEqual(['Leopard 2 tanks'])
    expect(aid('Britain gave Ukraine 14 Challenger 2 tanks last year.')[0]?.stage).toBe('delivery')
  })

  it('reads what was shipped and what a recipient will get', () => {
    expect(items(aid('Latvia shipped 300 drones to Ukraine in the spring.')[0])).toEqual(['Drones'])
    const [a] = aid('Ukraine will get 40 Marder infantry fighting vehicles from Germany.')
    expect(a?.donorIds).toEqual(['germany'])
    expect(items(a)).toEqual(['Marder infantry fighting vehicles'])
  })

  it('reads a past progressive and a purchase made for Ukraine as pledges', () => {
    expect(
      aid('Germany said on Friday it was sending Ukraine more Gepard anti-aircraft guns.')[0]
        ?.stage,
    ).toBe('pledge')
    const [a] = aid('Italy will buy 155mm shells for Ukraine worth 200 million euros.')
    expect(a?.stage).toBe('pledge')
    expect(a?.donorIds).toEqual(['italy'])
  })

  it('leaves words sent to Ukraine alone', () => {
    expect(aid('Washington sent Ukraine a message about the weapons.')).toEqual([])
  })
})

describe("aid told by what arrived and by a giver's package", () => {
  it('reads arms arriving in Ukraine, counted or not, as a delivery of them', () => {
    const [a] = aid('The first Abrams tanks have arrived in Ukraine, the president said.')
    expect(a?.stage).toBe('delivery')
    expect(items(a)).toEqual(['Abrams tanks'])
  })

  it('leaves enemy drones that arrive over a city alone', () => {
    expect(aid('Russian drones have arrived over Kyiv, the air force said.')).toEqual([])
  })

  it('reads "Sweden\'s new package, worth …, includes …" as Sweden\'s pledge', () => {
    const [a] = aid(
      "Sweden's new package, worth 6.5 billion kronor, includes Archer howitzers for Ukraine.",
    )
    expect(a?.donorIds).toEqual(['sweden'])
    expect(items(a)).toEqual(['Archer howitzers'])
  })
})
