import { RecordQuery } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { flattenSearchParams, hrefWith, parseSearchParams } from './query-params.ts'

describe('reading a page URL with the domain query', () => {
  it('joins checkbox kinds into the comma list RecordQuery expects and drops blank fields', () => {
    expect(flattenSearchParams({ kind: ['talk', 'aid'], from: '', q: 'Patriot' })).toEqual({
      kind: 'talk,aid',
      q: 'Patriot',
    })
  })

  it('parses a shared timeline URL into typed filters', () => {
    const parsed = parseSearchParams(RecordQuery, {
      kind: ['attack'],
      placeId: 'ua-kyiv',
      limit: '20',
    })
    expect(parsed).toEqual({
      ok: true,
      query: { kind: ['attack'], placeId: 'ua-kyiv', limit: 20 },
    })
  })

  it('names the field at fault instead of throwing', () => {
    const parsed = parseSearchParams(RecordQuery, { from: '2025-07-30', to: '2025-07-01' })
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.issues.map((i) => i.path)).toEqual(['to'])
  })

  it('refuses parameters the domain does not know', () => {
    const parsed = parseSearchParams(RecordQuery, { bogus: '1' })
    expect(parsed.ok ? [] : parsed.issues).toEqual([{ path: 'bogus', message: 'unknown field' }])
  })

  it('builds links that leave unset parameters off', () => {
    expect(hrefWith('/timeline', { kind: 'talk', cursor: undefined })).toBe('/timeline?kind=talk')
    expect(hrefWith('/timeline', {})).toBe('/timeline')
  })
})
