import { describe, expect, it } from 'vitest'
import { apiUrlOf, exportUrlOf, jumpTarget, monthRange, viewFilters } from './view-urls.ts'

describe('the URLs of a list view', () => {
  const params = { placeId: 'ua-kharkiv-oblast', sort: '-date', cursor: 'abc', limit: '20' }

  it('gives the API URL of the view from its first page, the kind of a per-kind page added', () => {
    const filters = viewFilters(params, 'attack')
    expect(apiUrlOf('http://api.test', filters)).toBe(
      'http://api.test/v1/records?placeId=ua-kharkiv-oblast&sort=-date&kind=attack',
    )
  })

  it('names the API list a search or disputes view reads', () => {
    expect(
      apiUrlOf('http://api.test', viewFilters({ q: 'drone', cursor: 'x' }), '/v1/search'),
    ).toBe('http://api.test/v1/search?q=drone')
  })

  it('downloads exactly the view: the same filters in each format', () => {
    expect(exportUrlOf('http://api.test', viewFilters(params), 'csv')).toBe(
      'http://api.test/v1/export?format=csv&placeId=ua-kharkiv-oblast&sort=-date',
    )
  })

  it('turns a month into its first and last day, leap years included', () => {
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(monthRange('2025-12')).toEqual({ from: '2025-12-01', to: '2025-12-31' })
    expect(monthRange('2025-13')).toBeUndefined()
    expect(monthRange('July')).toBeUndefined()
  })

  it('jumps to a month from the first page, the other filters kept', () => {
    expect(jumpTarget('/attacks', { month: '2023-03', placeId: 'ua-kyiv', cursor: 'x' })).toBe(
      '/attacks?placeId=ua-kyiv&from=2023-03-01&to=2023-03-31',
    )
    expect(jumpTarget('/attacks', { placeId: 'ua-kyiv' })).toBeUndefined()
  })
})
