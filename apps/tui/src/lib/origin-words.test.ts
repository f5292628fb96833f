import type { Stance } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { seedNames } from '../testing/fixtures.ts'
import { stanceWords } from './origin-words.ts'

describe('stanceWords', () => {
  const cases: [Stance, string][] = [
    [{ type: 'denial' }, 'denial'],
    [
      { type: 'correction', answersAsserter: { type: 'actor', actorId: 'kremlin' } },
      'correction of Presidential Executive Office of Russia',
    ],
  ]
  it.each(cases)('%o reads %s', (stance, words) => {
    expect(stanceWords(stance, seedNames)).toBe(words)
  })
})
