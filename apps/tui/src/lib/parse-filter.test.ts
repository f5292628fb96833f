import { actors, places } from '@sitrep/domain'
import { seedDataset } from '@sitrep/domain/seed'
import { describe, expect, it } from 'vitest'
import { namesFrom } from './names.ts'
import { describeFilter, emptyFields, parseFilter } from './parse-filter.ts'

const dictionaries = { actors, places, sources: seedDataset.sources }

describe('parseFilter', () => {
  it('resolves names and spellings the article uses: Kiev → ua-kyiv, Umyerov → umerov', () => {
    const parsed = parseFilter(
      { from: '2025-07-01', to: '2025-07-31', place: 'Kiev', actor: 'Umyerov' },
      dictionaries,
    )
    expect(parsed).toEqual({
      ok: true,
      filter: { from: '2025-07-01', to: '2025-07-31', placeId: 'ua-kyiv', actorId: 'umerov' },
    })
    if (!parsed.ok) return
    expect(describeFilter(parsed.filter)).toBe('2025-07-01→2025-07-31 · in ua-kyiv · by umerov')
    expect(describeFilter(parsed.filter, namesFrom(dictionaries))).toBe(
      '2025-07-01→2025-07-31 · in Kyiv · by Rustem Umerov',
    )
  })

  it('treats empty fields as no filter', () => {
    expect(parseFilter(emptyFields, dictionaries)).toEqual({ ok: true, filter: {} })
  })

  it('says which field is wrong: an unknown place, a reversed range, a date that does not exist', () => {
    expect(parseFilter({ ...emptyFields, place: 'Atlantis' }, dictionaries)).toEqual({
      ok: false,
      error: 'no place is called "Atlantis"',
    })
    const reversed = parseFilter(
      { ...emptyFields, from: '2025-07-30', to: '2025-07-01' },
      dictionaries,
    )
    expect(reversed.ok || reversed.error).toContain('to must not be before from')
    expect(parseFilter({ ...emptyFields, from: '2025-02-30' }, dictionaries).ok).toBe(false)
  })
})
