import { describe, expect, it } from 'vitest'
import type { Attack } from './attack.ts'
import { computeDisputes, deriveFact } from './disputes.ts'
import type { Asserter, Stance } from './evidence.ts'
import type { Measure } from './measure.ts'
import { originKey } from './origin.ts'
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
    expect(fact?.positions).toHaveLength(1)
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

const [tass] = julyRound.claims.filter((c) => c.id === 'r3-date-tass')
if (!tass) throw new Error('seed talk has no TASS claim')
const zelensky: Asserter = { type: 'actor', actorId: 'zelensky' }
const kremlin: Asserter = { type: 'actor', actorId: 'kremlin' }
const kyivAtLeastOne: Measure = { qualifier: 'at-least', value: 1, scope: 'ua-kyiv' }

/** A Kyiv death-toll claim from the seed's first claim, with its own attribution and source. */
const toll = (
  id: string,
  value: Measure,
  more: { assertedBy?: Asserter; sourceId?: string; stance?: Stance } = {},
) => ({ ...base, id, fact: 'killed' as const, value, ...more })

describe('deriveFacts calls a fact corroborated only with two independent origins', () => {
  const cases: [string, Attack['claims'], 'single' | 'corroborated', string[]][] = [
    [
      'one article stating it twice is one origin',
      [toll('a', kyivAtLeastOne), toll('b', kyivAtLeastOne)],
      'single',
      ['source:src-istanbul-talks-2025-07-21'],
    ],
    [
      'two articles by different outlets of their own reporting are two',
      [toll('a', kyivAtLeastOne), toll('b', kyivAtLeastOne, { sourceId: 'src-other' })],
      'corroborated',
      ['source:src-istanbul-talks-2025-07-21', 'source:src-other'],
    ],
    [
      'Zelensky twice, in two articles, is one origin',
      [
        toll('a', kyivAtLeastOne, { assertedBy: zelensky }),
        toll('b', kyivAtLeastOne, { assertedBy: zelensky, sourceId: 'src-other' }),
      ],
      'single',
      ['actor:zelensky'],
    ],
    [
      'Zelensky and the Kremlin agreeing are two',
      [
        toll('a', kyivAtLeastOne, { assertedBy: zelensky }),
        toll('b', { qualifier: 'exact', value: 1, scope: 'ua-kyiv' }, { assertedBy: kremlin }),
      ],
      'corroborated',
      ['actor:zelensky', 'actor:kremlin'],
    ],
  ]
  it.each(cases)('%s', (_, claims, status, origins) => {
    const fact = deriveFact({ ...russianDroneWave, claims }, 'killed', 'ua-kyiv|*')
    expect(fact?.status).toBe(status)
    expect(fact?.positions[0]?.origins.map(originKey)).toEqual(origins)
  })

  it('counts two outlets relaying one TASS report as one origin, two reports', () => {
    const relayed = {
      ...julyRound,
      claims: [tass, { ...tass, id: 'r3-date-tass-2', sourceId: 'src-b' }],
    }
    const date = deriveFact(relayed, 'date')
    expect(date?.status).toBe('single')
    expect(date?.positions[0]?.claims).toHaveLength(2)
    expect(date?.positions[0]?.origins).toEqual([{ type: 'actor', actorId: 'tass' }])
  })

  it('corroborates the July round’s status from Umerov (through Zelensky), the article and the Kremlin', () => {
    const status = deriveFact(julyRound, 'status')
    expect(status?.status).toBe('corroborated')
    expect(status?.positions[0]?.origins.map(originKey)).toEqual([
      'actor:umerov',
      'source:src-istanbul-talks-2025-07-21',
      'actor:kremlin',
    ])
  })

  it('counts a syndicated copy as its original through the source lookup', () => {
    const claims = [toll('a', kyivAtLeastOne), toll('b', kyivAtLeastOne, { sourceId: 'src-copy' })]
    const fact = deriveFact({ ...russianDroneWave, claims }, 'killed', 'ua-kyiv|*', (id) =>
      id === 'src-copy' ? { copyOf: 'src-istanbul-talks-2025-07-21' } : undefined,
    )
    expect(fact?.status).toBe('single')
  })
})

describe('deriveFacts keeps a correction or a denial beside the claim it answers', () => {
  const correction: Stance = { type: 'correction', answersClaimId: 'a' }

  it('makes "later said the toll was zero" its own position, labelled a correction', () => {
    const record = {
      ...russianDroneWave,
      claims: [
        toll('a', kyivAtLeastOne),
        toll(
          'b',
          { qualifier: 'exact', value: 0, scope: 'ua-kyiv' },
          { assertedBy: zelensky, stance: correction },
        ),
      ],
    }
    const fact = deriveFact(record, 'killed', 'ua-kyiv|*')
    expect(fact?.status).toBe('disputed')
    expect(fact?.value).toBeUndefined()
    expect(fact?.positions.map((p) => [p.claims.map((c) => c.id), p.stance])).toEqual([
      [['a'], undefined],
      [['b'], 'correction'],
    ])
  })

  it('labels a position of denials a denial, and keeps both values', () => {
    const record = {
      ...russianDroneWave,
      claims: [
        toll('a', { qualifier: 'exact', value: 2, scope: 'ua-kyiv' }),
        toll(
          'b',
          { qualifier: 'exact', value: 0, scope: 'ua-kyiv' },
          { assertedBy: kremlin, stance: { type: 'denial' } },
        ),
      ],
    }
    const [dispute] = computeDisputes(record)
    expect(dispute?.positions.map((p) => [p.value, p.stance])).toEqual([
      [{ qualifier: 'exact', value: 2, scope: 'ua-kyiv' }, undefined],
      [{ qualifier: 'exact', value: 0, scope: 'ua-kyiv' }, 'denial'],
    ])
  })

  it('lets a revision that still fits ("at least 1" revised to 5) share the position, unlabelled', () => {
    const record = {
      ...russianDroneWave,
      claims: [
        toll('a', kyivAtLeastOne),
        toll('b', { qualifier: 'exact', value: 5, scope: 'ua-kyiv' }, { stance: correction }),
      ],
    }
    const fact = deriveFact(record, 'killed', 'ua-kyiv|*')
    expect(fact?.positions).toHaveLength(1)
    expect(fact?.positions[0]?.stance).toBeUndefined()
    expect(fact?.value).toMatchObject({ value: 5 })
  })

  it('never lets a denial stand with the claim it denies, even when the figures could agree', () => {
    const record = {
      ...russianDroneWave,
      claims: [
        toll('a', kyivAtLeastOne),
        toll('b', kyivAtLeastOne, {
          assertedBy: kremlin,
          stance: { type: 'denial', answersClaimId: 'a' },
        }),
      ],
    }
    expect(deriveFact(record, 'killed', 'ua-kyiv|*')?.positions.map((p) => p.stance)).toEqual([
      undefined,
      'denial',
    ])
  })
})
