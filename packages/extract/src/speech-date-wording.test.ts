import type { Statement } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const spokenOn = (text: string) => {
  const st = extract(text, { publishedAt: '2024-06-07', source: { id: 's' } })
    .map((d) => d.record)
    .find((r): r is Statement => r.kind === 'statement')
  const date = st?.claims.find((c) => c.fact === 'date')?.value
  return date && 'start' in date ? date.start : undefined
}

describe('when words were said, in wire forms', () => {
  it('dates "said on Telegram on Friday that …" by the Friday', () => {
    expect(spokenOn('Yermak said on Telegram on Friday that the talks had ended.')).toBe(
      '2024-06-07',
    )
  })

  it('dates "In his evening address on Monday, X said" by the Monday, not the evening', () => {
    expect(
      spokenOn('In his evening address on Monday, Zelensky said Russia had fired 20 missiles.'),
    ).toBe('2024-06-03')
  })
})
