import { describe, expect, it } from 'vitest'
import { defaultPeriod, parseBriefParams } from './search-params.ts'

describe('the brief page URL', () => {
  it('reads the period and filters, kinds as a comma list or repeated', () => {
    const parsed = parseBriefParams({
      from: '2025-07-14',
      to: '2025-07-20',
      placeId: 'ua-kharkiv',
      kind: ['attack', 'talk'],
    })
    expect(parsed).toEqual({
      ok: true,
      query: {
        from: '2025-07-14',
        to: '2025-07-20',
        placeId: 'ua-kharkiv',
        kind: ['attack', 'talk'],
      },
    })
  })

  it('names the field of a bad URL', () => {
    const parsed = parseBriefParams({ from: '2025-07-20', to: '2025-07-14' })
    expect(parsed.ok).toBe(false)
    expect(parseBriefParams({ limit: '5' }).ok).toBe(false)
  })

  it('defaults to the week ending on the day given', () => {
    expect(defaultPeriod('2025-07-20')).toEqual({ from: '2025-07-14', to: '2025-07-20' })
  })
})
