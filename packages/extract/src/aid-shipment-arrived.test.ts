import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const told = (text: string) =>
  extract(text, { source: { id: 'src-shipment' } }).flatMap((d) => {
    if (d.record.kind !== 'aid') return []
    const a = d.record as Aid
    return [
      {
        stage: a.stage,
        donors: a.donorIds,
        items: a.claims.flatMap((c) =>
          c.fact === 'item' && c.value.quantity && 'value' in c.value.quantity
            ? [`${c.value.quantity.value} ${c.value.name}`]
            : [],
        ),
      },
    ]
  })

describe('a shipment told as arrived or transported', () => {
  it('counts the things of "A shipment of N X from Y has arrived", not the shipment', () => {
    expect(told('A shipment of 25 ambulances from Spain has arrived in Ukraine.')).toEqual([
      { stage: 'delivery', donors: ['spain'], items: ['25 Ambulances'] },
    ])
  })

  it('reads "a total of N X … have been transported to Ukraine" as a delivery', () => {
    expect(
      told('A total of 60 generators donated by Portugal have been transported to Ukraine.'),
    ).toEqual([{ stage: 'delivery', donors: ['portugal'], items: ['60 Generators'] }])
  })

  it('keeps "will be transported" a pledge', () => {
    expect(
      told('Italy will send 30 ambulances to Ukraine, which will be transported next month.'),
    ).toEqual([{ stage: 'pledge', donors: ['italy'], items: ['30 Ambulances'] }])
  })
})
