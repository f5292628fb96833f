import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const talks = (text: string): Talk[] =>
  extract(text, { publishedAt: '2025-03-12', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )

describe('the country named after a meeting’s city', () => {
  it('hosts the talks and takes no seat at them', () => {
    const [t] = talks(
      'Lavrov and Sybiha held talks in Bodrum, Turkey, on Tuesday on a prisoner exchange.',
    )
    expect(t?.partyIds).toEqual(['russia', 'ukraine'])
  })
})
