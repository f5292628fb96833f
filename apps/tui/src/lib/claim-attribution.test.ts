import type { Evidence } from '@sitrep/domain'
import { julyRound } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { seedNames } from '../testing/fixtures.ts'
import { attributeClaim } from './claim-attribution.ts'

const claim = (id: string): Evidence => {
  const found = julyRound.claims.find((c) => c.id === id)
  if (!found) throw new Error(`no claim ${id}`)
  return found
}

describe('attributeClaim names the origin only when the speaker line does not', () => {
  const cases: [string, Evidence, string | undefined][] = [
    ['an unnamed source TASS carries: TASS', claim('r3-date-tass'), 'TASS'],
    ['Zelensky citing Umerov: already said', claim('r3-date-zelensky'), undefined],
    [
      'the article’s own voice: the document shown beside it',
      claim('r3-status-unconfirmed'),
      undefined,
    ],
    [
      'an outlet the dictionary does not hold yet: its name',
      { ...claim('r3-status-unconfirmed'), origin: { type: 'outlet', name: 'Kyiv Post' } },
      'Kyiv Post',
    ],
  ]
  it.each(cases)('%s', (_, evidence, origin) => {
    expect(attributeClaim(evidence, seedNames).origin).toBe(origin)
  })

  it('says what a correction answers', () => {
    const correction = {
      ...claim('r3-status-kremlin'),
      stance: {
        type: 'correction' as const,
        answersAsserter: { type: 'actor' as const, actorId: 'zelensky' },
      },
    }
    expect(attributeClaim(correction, seedNames).stance).toBe('correction of Volodymyr Zelensky')
  })
})
