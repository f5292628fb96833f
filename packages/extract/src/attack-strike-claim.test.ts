import { Attack } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const attacks = (text: string): Attack[] =>
  extract(text, { source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'attack' ? [d.record] : [],
  )

describe('a strike reported without a figure or a date', () => {
  it.each([
    'Russian warplanes struck positions near Kupiansk.',
    'Ukrainian forces shelled Horlivka with rocket launchers.',
    'Russian forces struck Kostiantynivka with UMPB bombs.',
  ])('is a record the store can hold: %s', (text) => {
    const [found, ...rest] = attacks(text)
    expect(rest).toEqual([])
    expect(found && Attack.safeParse(found).success).toBe(true)
    expect(found?.claims.map((c) => c.fact)).toEqual(['effect'])
    expect(found?.claims[0]?.quote).toBe(text)
  })
})
