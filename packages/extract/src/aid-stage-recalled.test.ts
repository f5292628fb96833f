import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string): Aid[] =>
  extract(text, { publishedAt: '2025-03-04', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )

describe('the stage of aid told beside a delivery recalled', () => {
  it('reads a planned package as a pledge, not a delivery', () => {
    const [a] = aid(
      'Germany plans a new air defence package for Ukraine worth €500 million, mostly shells for the howitzers it delivered earlier.',
    )
    expect(a?.stage).toBe('pledge')
  })

  it('keeps a delivery dated "earlier this year" a delivery', () => {
    const [a] = aid(
      'Denmark delivered earlier this year six F-16 jets worth $300 million to Ukraine.',
    )
    expect(a?.stage).toBe('delivery')
  })
})
