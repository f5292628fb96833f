import type { Attack } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const intercepted = (text: string): number[] => {
  const found = extract(text, { publishedAt: '2025-11-14', source: { id: 's' } }).find(
    (d) => d.record.kind === 'attack',
  )?.record as Attack | undefined
  return (found?.claims ?? []).flatMap((c) =>
    c.fact === 'intercepted' && 'value' in c.value ? [c.value.value] : [],
  )
}

describe('a share of the weapons counted in the sentence before', () => {
  it('reads "Of them, 76 were shot down" once, not once per reader', () => {
    expect(
      intercepted(
        'Russia attacked Ukraine overnight with 90 drones, the air force said. Of them, 76 were shot down.',
      ),
    ).toEqual([76])
  })
})
