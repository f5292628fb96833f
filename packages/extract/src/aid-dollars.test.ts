import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string, publishedAt: string): Aid[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )

describe('sums and contents told apart from their package', () => {
  it('reads a bare "$34 million" after 34 million Canadian dollars as the same sum', () => {
    const found = aid(
      'Canada is providing 34 million Canadian dollars in additional military assistance to Ukraine, the ministry has announced.\n“Canada will provide about $34 million in additional military assistance to Ukraine,” the press release says.',
      '2022-11-17',
    )
    expect(found).toHaveLength(1)
    const currencies = found[0]?.claims.flatMap((c) =>
      c.fact === 'money' && c.value.kind === 'amount' ? [c.value.currency] : [],
    )
    expect(currencies).not.toContain('USD')
  })

  it('joins the things a priced package holds, told a few sentences on, to it', () => {
    const found = aid(
      'Germany has confirmed the transfer to Ukraine of a new aid package worth about €700 million.\nThis was stated by the minister during the summit.\nAccording to him, the package is "an important contribution."\nThis time, Germany is handing Ukraine two Patriot launchers and 40 Marder infantry fighting vehicles.',
      '2023-07-11',
    )
    expect(found).toHaveLength(1)
    expect(found[0]?.claims.filter((c) => c.fact === 'item')).toHaveLength(2)
  })
})
