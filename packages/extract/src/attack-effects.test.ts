import type { Attack } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const attack = (text: string): Attack | undefined =>
  extract(text, { publishedAt: '2025-10-02', source: { id: 's' } }).find(
    (d) => d.record.kind === 'attack',
  )?.record as Attack | undefined

const effects = (text: string) =>
  attack(text)?.claims.flatMap((c) =>
    c.fact === 'effect' ? [[c.value.type, c.value.placeIds]] : [],
  )

describe('effects', () => {
  it.each([
    ['Russian drones struck Sumy overnight. A dormitory was damaged.', 'damage'],
    ['Russian missiles hit Poltava overnight, and debris damaged a kindergarten.', 'damage'],
    ['A Russian missile struck Poltava, and two petrol stations damaged were closed.', 'damage'],
    ['Russian drones attacked Odesa; the strike sparked a fire at a warehouse.', 'other'],
    ['Russian drones attacked Odesa overnight and a grain terminal was on fire.', 'other'],
    ['Russian drones attacked Sumy, knocking out power to 40,000 homes.', 'power-outage'],
    ['A Russian missile attack on Kryvyi Rih disrupted water supplies.', 'other'],
    ['The Russian strike on Chernihiv was one of the deadliest this year.', 'assessment'],
  ])('reads "%s" as %s, in the city struck', (text, type) => {
    expect(effects(text)).toContainEqual([type, [expect.stringMatching(/^ua-/)]])
  })

  it('reads no assessment in "the second biggest exporter"', () => {
    expect(
      effects(
        'Ukrainian drones attacked a refinery in Ryazan, the country’s second biggest refiner, and it was on fire.',
      )?.map(([type]) => type),
    ).toEqual(['other'])
  })

  it('keeps an attack reported with weapon and place but no figure', () => {
    expect(attack('Russia launched missiles at a bridge in Zatoka, officials said.')).toMatchObject(
      { attackerId: 'russia', targetId: 'ukraine', weapons: [{ type: 'missile' }] },
    )
  })
})
