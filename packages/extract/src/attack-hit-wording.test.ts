import type { Attack } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const attack = (text: string): Attack | undefined => {
  const found = extract(text, { publishedAt: '2025-10-02', source: { id: 's' } }).find(
    (d) => d.record.kind === 'attack',
  )?.record
  return found?.kind === 'attack' ? found : undefined
}

const damage = (text: string) =>
  attack(text)?.claims.filter((c) => c.fact === 'effect' && c.value.type === 'damage').length

describe('strikes told by what hit and what it left', () => {
  it('reads "Russian forces hit with a missile the … in Poltava" as a strike on Poltava', () => {
    const a = attack(
      'Russian forces on Monday hit with a missile the main square and a school in Poltava.',
    )
    expect(a?.attackerId).toBe('russia')
    expect(a?.placeIds).toEqual(['ua-poltava'])
    expect(a?.weapons).toEqual([{ type: 'missile' }])
  })

  it.each([
    'A Russian missile tore through an office building in Poltava, injuring four people.',
    'A Russian drone slammed into a warehouse in Poltava overnight.',
    'Russian drones struck Poltava overnight. The school was left with a gaping hole in its roof.',
    'Russian drones struck Poltava overnight, with rows of windows blown out in the centre.',
  ])('reads damage in "%s"', (text) => {
    expect(damage(text)).toBe(1)
  })
})

describe('tolls told as hospital admissions', () => {
  it('counts "nine were hospitalised" as injured', () => {
    const a = attack(
      'Two people died and nine were hospitalised after a Russian drone attack on the city of Sumy.',
    )
    const counts = a?.claims.flatMap((c) =>
      (c.fact === 'killed' || c.fact === 'injured') && 'value' in c.value
        ? [[c.fact, c.value.value]]
        : [],
    )
    expect(counts).toEqual([
      ['killed', 2],
      ['injured', 9],
    ])
  })
})

describe('effects on more kinds of works, and airports closed as a noun', () => {
  it('reads damage to grain silos', () => {
    expect(
      damage('A Russian drone attack on the port of Izmail damaged grain silos early on Thursday.'),
    ).toBe(1)
  })

  it('reads "forcing the closure of all four airports" as airports closed', () => {
    const a = attack(
      'Ukraine launched a massive drone attack on Moscow early Tuesday, forcing the closure of all four airports.',
    )
    expect(a?.claims.some((c) => c.fact === 'effect' && c.value.type === 'airport-closure')).toBe(
      true,
    )
  })
})
