import { describe, expect, it } from 'vitest'
import { actors } from './actors/index.ts'
import type { Origin } from './origin.ts'
import { originCount, originName } from './origin-words.ts'
import { istanbulTalksArticle } from './seed/source.ts'

const names = {
  actorName: (id: string) => actors.find((a) => a.id === id)?.name,
  sourceTitle: (id: string) =>
    id === istanbulTalksArticle.id ? istanbulTalksArticle.title : undefined,
}

describe('originName', () => {
  const cases: [Origin, string][] = [
    [{ type: 'actor', actorId: 'tass' }, 'TASS'],
    [{ type: 'actor', actorId: 'nobody-known' }, 'nobody-known'],
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
