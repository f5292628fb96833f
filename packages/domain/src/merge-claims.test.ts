import { describe, expect, it } from 'vitest'
import { mergeClaims, newClaimCount } from './merge-claims.ts'
import { russianDroneWave } from './seed/attacks.ts'

const kyivInjured = russianDroneWave.claims.find((c) => c.id === 'at1-injured-kyiv')
if (kyivInjured?.fact !== 'injured') throw new Error('the seed lost its Kyiv injured claim')

describe('mergeClaims', () => {
  it.each([
    ['the same words read again', { ...kyivInjured, id: 'again' }],
    [
      'the same sentence read for another scope',
      { ...kyivInjured, id: 'scoped', value: { ...kyivInjured.value, scope: 'ua-kharkiv' } },
    ],
    [
      'the same sentence quoted wider, the count worded otherwise',
      {
        ...kyivInjured,
        id: 'wider',
        quote: `${kyivInjured.quote} More follows.`,
        span: {
          start: (kyivInjured.span?.start ?? 0) + 10,
          end: (kyivInjured.span?.end ?? 0) + 14,
        },
        value: { ...kyivInjured.value, raw: 'eight' },
      },
    ],
  ])('adds nothing for %s: one source never backs a fact twice', (_case, claim) => {
    expect(newClaimCount(russianDroneWave, [claim])).toBe(0)
    expect(mergeClaims(russianDroneWave, [claim]).claims).toEqual(russianDroneWave.claims)
  })

  it.each([
    ['another source', { ...kyivInjured, id: 'other', sourceId: 'src-other-outlet' }],
    [
      'a later sentence of the same article (a correction)',
      {
        ...kyivInjured,
        id: 'later',
        quote: 'The city later said seven were injured.',
        span: { start: 90_000, end: 90_039 },
        value: { ...kyivInjured.value, value: 7 },
      },
    ],
  ])('adds a claim from %s', (_case, claim) => {
    const merged = mergeClaims(russianDroneWave, [claim])
    expect(merged.claims).toHaveLength(russianDroneWave.claims.length + 1)
    expect(merged.claims.at(-1)?.id).toBe(claim.id)
  })
})
