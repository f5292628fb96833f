import { actors, type Origin } from '@sitrep/domain'
import { istanbulTalksArticle } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { originCount, originName, stanceWords } from './origin-words.ts'

const names = {
  actor: (id: string) => actors.find((a) => a.id === id),
  sources: new Map([[istanbulTalksArticle.id, istanbulTalksArticle]]),
}

describe('originName', () => {
  const cases: [Origin, string][] = [
    [{ type: 'actor', actorId: 'tass' }, 'TASS'],
    [{ type: 'outlet', name: 'Kyiv Post' }, 'Kyiv Post'],
    [{ type: 'dataset', datasetId: 'ua-air-force' }, 'Ukrainian Air Force dataset'],
    [{ type: 'source', sourceId: istanbulTalksArticle.id }, istanbulTalksArticle.title],
    [{ type: 'source', sourceId: 'src-unknown' }, 'src-unknown'],
  ]
  it.each(cases)('names %o', (origin, name) => {
    expect(originName(origin, names)).toBe(name)
  })
})

describe('originCount tells independent origins from repeated reports', () => {
  it.each([
    [3, 3, '3 independent origins'],
    [1, 2, '1 origin, 2 reports'],
    [1, 1, '1 origin'],
  ])('%i origins behind %i reports: %s', (origins, reports, words) => {
    expect(originCount(origins, reports)).toBe(words)
  })
})

describe('stanceWords', () => {
  it('says whose claim a correction answers, when known', () => {
    expect(stanceWords({ type: 'correction' }, 'Ukrainian officials')).toBe(
      'Correction of Ukrainian officials',
    )
    expect(stanceWords({ type: 'denial' }, undefined)).toBe('Denial')
  })
})
