import type { Origin, Stance } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { seedNames } from '../testing/fixtures.ts'
import { originCount, originName, stanceWords } from './origin-words.ts'

describe('originName', () => {
  const cases: [Origin, string][] = [
    [{ type: 'actor', actorId: 'tass' }, 'TASS'],
    [{ type: 'outlet', name: 'Kyiv Post' }, 'Kyiv Post'],
    [{ type: 'dataset', datasetId: 'ua-air-force' }, 'Ukrainian Air Force dataset'],
    [{ type: 'source', sourceId: 'src-unknown' }, 'src-unknown'],
  ]
  it.each(cases)('names %o as %s', (origin, name) => {
    expect(originName(origin, seedNames)).toBe(name)
  })
})

describe('originCount tells independent origins from repeated reports', () => {
  it.each([
    [2, 2, '2 independent origins'],
    [1, 2, '1 origin, 2 reports'],
    [1, 1, '1 origin'],
  ])('%i origins behind %i reports: %s', (origins, reports, words) => {
    expect(originCount(origins, reports)).toBe(words)
  })
})

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
