import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const statementsOf = (text: string) =>
  extract(text, { publishedAt: '2026-03-02', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'statement' ? [d.record] : [],
  )

describe('a quote in single marks', () => {
  it('is the words of the speaker named after it', () => {
    const [s] = statementsOf(
      "Ukraine's foreign minister Andrii Sybiha spoke to reporters in Kyiv. 'Russia does not want peace,' the minister said.",
    )
    expect(s?.speaker).toEqual({ type: 'actor', actorId: 'sybiha' })
    expect(s?.mode).toBe('quote')
  })

  it('spans the sentences the splitter cut it into', () => {
    const all = statementsOf(
      "Sybiha gave an interview to a Kyiv weekly about Russia.\n'Russia keeps attacking our cities. We need more air defence,' the minister said.",
    )
    expect(all).toHaveLength(1)
    expect(all[0]?.text).toMatch(/^Russia keeps attacking our cities/)
    expect(all[0]?.mode).toBe('quote')
    expect(all[0]?.channel).toBe('interview')
  })
})
