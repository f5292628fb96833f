import { describe, expect, it } from 'vitest'
import type { Attack } from './attack.ts'
import { computeDisputes, deriveFact } from './disputes.ts'
import type { Measure } from './measure.ts'
import { russianDroneWave } from './seed/attacks.ts'
import { julyRound } from './seed/talks.ts'

const [base] = russianDroneWave.claims
if (!base) throw new Error('seed attack has no claims')

/** The seed's drone wave with its casualty claims replaced by `killed`, one claim each. */
const withKilled = (...killed: Measure[]): Attack => ({
  ...russianDroneWave,
  claims: killed.map((value, i) => ({ ...base, id: `k${i}`, fact: 'killed', value })),
})

describe('computeDisputes finds incompatible claims about the same fact and scope', () => {
  it('reports the July round’s Wednesday and Thursday as a dispute', () => {
    expect(computeDisputes(julyRound).map((d) => d.fact)).toEqual(['date'])
  })

  it('does not report "at least 1 killed in Kyiv" against "2 killed nationwide"', () => {
    expect(computeDisputes(russianDroneWave)).toEqual([])
  })

  it('treats "at least 1" and "3" in the same scope as compatible, and shows the tighter 3', () => {
    const fact = deriveFact(
      withKilled(
        { qualifier: 'at-least', value: 1, scope: 'ua-kyiv' },
        { qualifier: 'exact', value: 3, scope: 'ua-kyiv' },
      ),
      'killed',
      'ua-kyiv|*',
    )
    expect(fact?.status).toBe('corroborated')
    expect(fact?.value).toMatchObject({ qualifier: 'exact', value: 3 })
  })

  it('reports "2 killed" against "3 killed" in the same scope, each position with its claims', () => {
    const [dispute] = computeDisputes(
      withKilled(
        { qualifier: 'exact', value: 2, scope: 'ua' },
        { qualifier: 'exact', value: 3, scope: 'ua' },
      ),
    )
    expect(dispute?.positions.map((p) => p.claims.map((c) => c.id))).toEqual([['k0'], ['k1']])
  })

  it('accepts "about 100" against "105" but not against "150"', () => {
    const about = { qualifier: 'about', value: 100, scope: 'ua' } as const
    expect(
      computeDisputes(withKilled(about, { qualifier: 'exact', value: 105, scope: 'ua' })),
    ).toEqual([])
    expect(
      computeDisputes(withKilled(about, { qualifier: 'exact', value: 150, scope: 'ua' })),
    ).toHaveLength(1)
  })

  it('keeps claims about different things counted apart (drones vs missiles)', () => {
    const record = withKilled(
      { qualifier: 'exact', value: 426, scope: 'ua', subject: 'drones' },
      { qualifier: 'exact', value: 24, scope: 'ua', subject: 'missiles' },
    )
    expect(computeDisputes(record)).toEqual([])
  })
})
