import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

/** Downings a ministry's breakdown tells place by place without a verb (issue #15). */
const downed = (text: string) =>
  extract(text, { source: { id: 't' } })
    .flatMap((d) => (d.record.kind === 'attack' ? d.record.claims : []))
    .flatMap((c) =>
      c.fact === 'intercepted' && c.value.qualifier !== 'range'
        ? [[c.value.value, c.value.scope]]
        : [],
    )

describe('one downed over each place listed', () => {
  it('reads "and single drones over the Kursk, Oryol and Tula regions" as one each', () => {
    expect(
      downed(
        'The Russian defence ministry said it destroyed 28 Ukrainian drones overnight, including 25 over the Bryansk region, and single drones over the Kursk, Oryol and Tula regions.',
      ),
    ).toEqual([
      [28, undefined],
      [25, 'ru-bryansk-oblast'],
      [1, 'ru-kursk-oblast'],
      [1, 'ru-oryol-oblast'],
      [1, 'ru-tula-oblast'],
    ])
  })

  it('reads a bare city in "one drone over each of Bryansk and Oryol" as its region', () => {
    expect(
      downed(
        'Air defences destroyed 12 Ukrainian drones overnight, the defence ministry said. Ten were downed over Kursk territory and one drone over each of Bryansk and Oryol.',
      ),
    ).toEqual(
      expect.arrayContaining([
        [1, 'ru-bryansk-oblast'],
        [1, 'ru-oryol-oblast'],
      ]),
    )
  })
})

describe('a share of the drones downed, by place', () => {
  it('reads "Ten of the drones were over the Rostov region" after a count downed', () => {
    expect(
      downed(
        "Russia's defence ministry said air defences destroyed 30 Ukrainian drones overnight. Ten of the drones were over the Rostov region.",
      ),
    ).toEqual([
      [30, undefined],
      [10, 'ru-rostov-oblast'],
    ])
  })

  it('reads nothing downed from "single drones" with no downing told', () => {
    expect(
      downed(
        'Ukrainian drones attacked Russia overnight, and single drones flew over the Kursk region.',
      ),
    ).toEqual([])
  })
})
