import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string): Aid[] =>
  extract(text, { publishedAt: '2025-05-06', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )

const periods = (a: Aid | undefined) => a?.claims.filter((c) => c.fact === 'period') ?? []

describe('a year after "since"', () => {
  it('gives a package called the largest since a year no period', () => {
    const [a] = aid(
      'Finland announced its biggest aid package for Ukraine since 2023 on Tuesday, worth €200 million.',
    )
    expect(a?.stage).toBe('pledge')
    expect(periods(a)).toEqual([])
  })

  it('keeps the year a package is for as its period', () => {
    const [a] = aid('Finland pledged €200 million in military aid to Ukraine for 2026.')
    expect(periods(a).map((c) => (c.value.resolved ? c.value.start : ''))).toEqual(['2026-01-01'])
  })
})
