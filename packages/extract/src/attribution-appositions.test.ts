import type { Statement } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const statements = (text: string): Statement[] =>
  extract(text, { source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'statement' ? [d.record] : [],
  )

describe('a speaker named before two descriptions', () => {
  it('gives "…", X, the head of …, aide to …, said the words to X', () => {
    const [st] = statements(
      '"We agreed on a new exchange of prisoners with Ukraine", Vladimir Medinsky, the head of the Russian delegation, aide to the Russian president, said.',
    )
    expect(st?.speaker).toEqual({ type: 'actor', actorId: 'medinsky' })
    expect(st?.mode).toBe('quote')
  })

  it('gives no speaker to two descriptions with no name before them', () => {
    const found = statements(
      'Russian drones hit Kharkiv, the head of the region, a former general, said.',
    )
    expect(found.every((st) => st.speaker.type !== 'actor')).toBe(true)
  })
})
