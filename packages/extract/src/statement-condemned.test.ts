import type { Statement } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const statements = (text: string): Statement[] =>
  extract(text, { publishedAt: '2025-07-21', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'statement' ? [d.record] : [],
  )

describe('a leader who "condemned" something as words of his own', () => {
  it.each([
    'Zelensky condemned the strikes on Kyiv as "an assault on humanity".',
    'Ukrainian President Volodymyr Zelensky condemned the massive overnight Russian missile and drone assault on Ukraine as "an assault on humanity".',
  ])('%s', (text) => {
    const [st, ...rest] = statements(text)
    expect(rest).toEqual([])
    expect(st?.speaker).toEqual({ type: 'actor', actorId: 'zelensky' })
    expect(st?.text).toContain('an assault on humanity')
  })
})
