import type { Attack } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const attack = (text: string): Attack | undefined => {
  const found = extract(text, { publishedAt: '2025-11-14', source: { id: 's' } }).find(
    (d) => d.record.kind === 'attack',
  )?.record
  return found?.kind === 'attack' ? found : undefined
}

/** Each count claim as "fact value subject", in the order read. */
const counts = (text: string): string[] =>
  (attack(text)?.claims ?? []).flatMap((c) =>
    (c.fact === 'launched' || c.fact === 'intercepted' || c.fact === 'hit') &&
    c.value.qualifier !== 'range'
      ? [`${c.fact} ${c.value.value}${c.value.subject ? ` ${c.value.subject}` : ''}`]
      : [],
  )

describe('weapons that reached their targets are a hit count, never launched or downed', () => {
  it.each([
    ['Three Russian missiles hit their targets in Zhytomyr overnight.', ['hit 3 missiles']],
    ['Two Ukrainian drones struck an oil depot in the Tambov region on Sunday.', ['hit 2 drones']],
    [
      'Russia fired 40 missiles at Ukraine overnight; 31 were shot down and nine hit their targets.',
      ['launched 40 missiles', 'intercepted 31 missiles', 'hit 9 missiles'],
    ],
    [
      'Russia launched 25 missiles overnight; six of them reached their targets.',
      ['launched 25 missiles', 'hit 6 missiles'],
    ],
    [
      'The air force said seven of 52 Russian drones hit their targets overnight.',
      ['hit 7 drones', 'launched 52 drones'],
    ],
  ])('reads "%s"', (text, expected) => {
    expect(counts(text).sort()).toEqual([...expected].sort())
  })

  it('reads "Hits by 9 missiles and 63 drones were recorded at 20 locations" as two hit counts', () => {
    expect(
      counts(
        'Russia launched 50 missiles and 200 drones at Ukraine overnight. Hits by 9 missiles and 63 drones were recorded at 20 locations, the air force said.',
      ).sort(),
    ).toEqual(['hit 63 drones', 'hit 9 missiles', 'launched 200 drones', 'launched 50 missiles'])
  })

  it('reads "Twelve missiles and five drones hit their targets" as two hit counts', () => {
    expect(
      counts(
        'Russia attacked Ukraine overnight. Twelve missiles and five drones hit their targets.',
      ),
    ).toEqual(['hit 12 missiles', 'hit 5 drones'])
  })

  it('reads "14 hits were recorded" as 14 hits of the weapons counted before', () => {
    const found = counts(
      'Russia attacked Ukraine overnight with 90 drones, the air force said. Of them, 76 were shot down, and 14 hits were recorded.',
    )
    expect(found).toContain('hit 14 drones')
    expect(found).not.toContain('intercepted 14 drones')
    expect(found).not.toContain('launched 14 drones')
  })

  it('does not read "hits were recorded in 8 locations" as eight hits', () => {
    expect(
      counts(
        'Russia launched 60 drones at Ukraine overnight, the air force said. Hits were recorded in 8 locations.',
      ),
    ).toEqual(['launched 60 drones'])
  })

  it('scopes a hit to the place its sentence names, not to the whole wave', () => {
    const a = attack('Russia launched 30 drones at Ukraine overnight. Four drones hit Sumy.')
    const hit = a?.claims.find((c) => c.fact === 'hit')
    expect(hit?.value).toMatchObject({ value: 4, scope: 'ua-sumy' })
  })
})
