import type { Statement } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const statements = (text: string): Statement[] =>
  extract(text, { source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'statement' ? [d.record] : [],
  )

describe('a body named in full after a national adjective', () => {
  it('lets "the Finnish Ministry of Defence" speak as itself, not as unnamed officials', () => {
    const [st] = statements(
      'Finland will send Ukraine 12 howitzers. This was reported by the Finnish Ministry of Defence.',
    )
    expect(st?.speaker).toEqual({ type: 'actor', actorId: 'new-finnish-ministry-of-defence' })
  })

  it('still reads a body the dictionary holds by its id', () => {
    const [st] = statements(
      'The Russian Defence Ministry said 40 drones were shot down over Russia.',
    )
    expect(st?.speaker).toEqual({ type: 'actor', actorId: 'ru-mod' })
  })

  it('gives "The Danish government" its state as an unnamed body', () => {
    const [st] = statements(
      'The Danish government announced a new military aid package for Ukraine worth DKK 1.7 billion.',
    )
    expect(st?.speaker).toMatchObject({ type: 'unnamed', affiliationId: 'denmark' })
  })
})
