import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string, publishedAt = '2024-05-22'): Aid[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )
const amounts = (a: Aid | undefined) =>
  a?.claims.flatMap((c) =>
    c.fact === 'money' && c.value.kind === 'amount'
      ? [`${c.value.amount} ${c.value.currency}`]
      : [],
  )

describe('pledges worded as plans and clearances', () => {
  it('reads a government that "plans further military support" as pledging it', () => {
    const [found, ...rest] = aid(
      'The Swedish government plans further military support for Ukraine of 75 billion Swedish kronor ($7.01 bn) over three years, 25 billion kronor a year in 2024-2026, the government said. With it Sweden’s total military and civilian support for Ukraine will exceed 100 billion kronor.',
    )
    // the total the support "will exceed" is a total so far, no pledge of its own
    expect(rest).toEqual([])
    expect(found).toMatchObject({ stage: 'pledge', donorIds: ['sweden'] })
    expect(amounts(found)).toEqual(['75000000000 SEK'])
  })

  it('reads a parliament that "had cleared another EUR 3 billion" as pledging it', () => {
    const [found] = aid(
      'German Defense Minister Boris Pistorius said the Bundestag had cleared another EUR 3 billion for Ukraine this year and EUR 8 billion until 2029.',
      '2025-04-11',
    )
    expect(found).toMatchObject({ stage: 'pledge', donorIds: ['germany'] })
    expect(amounts(found)).toContain('3000000000 EUR')
  })
})
