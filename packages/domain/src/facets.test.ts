import { describe, expect, it } from 'vitest'
import { FacetsParam, RecordQuery } from './filters.ts'

describe('facets and their filters in a URL', () => {
  it('reads disputed as a yes or no, not as any text', () => {
    expect(RecordQuery.parse({ disputed: 'false' }).disputed).toBe(false)
    expect(RecordQuery.parse({ disputed: 'true' }).disputed).toBe(true)
    expect(RecordQuery.safeParse({ disputed: 'maybe' }).success).toBe(false)
  })

  it('takes the facet names as a comma list and refuses others', () => {
    expect(FacetsParam.parse({ facets: 'kind,oblast' }).facets).toEqual(['kind', 'oblast'])
    expect(FacetsParam.safeParse({ facets: 'colour' }).success).toBe(false)
  })

  it('takes a weapon class, an attacker and a dataset as filters', () => {
    const query = RecordQuery.parse({ weapon: 'glide-bomb', attackerId: 'russia', dataset: 'tass' })
    expect(query).toMatchObject({ weapon: 'glide-bomb', attackerId: 'russia', dataset: 'tass' })
    expect(RecordQuery.safeParse({ weapon: 'catapult' }).success).toBe(false)
  })
})
