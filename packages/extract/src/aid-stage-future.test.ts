import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { stageOf } from './aid-stage.ts'
import { extract } from './extract.ts'

const aid = (text: string): Aid[] =>
  extract(text, { publishedAt: '2025-05-06', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )

describe('a delivery still to come', () => {
  it.each([
    'Norway unveiled a package worth 2 billion kroner, most of it air defence systems to be delivered to Ukraine later.',
    'The first of the promised Leopard tanks will arrive in Ukraine next month, the ministry said.',
    'Some 40,000 shells are set to be sent to Ukraine before the winter.',
    'The remaining launchers will only be delivered next year, Berlin said.',
    'The missiles are expected to be shipped to Ukraine by the end of the summer.',
    'The howitzers, which should soon be handed over to Ukraine, cost €80 million.',
  ])('reads "%s" as a pledge', (text) => {
    expect(stageOf(text)).toBe('pledge')
  })

  it.each([
    'The air defence systems were delivered to Ukraine last week.',
    'Six jets have been transferred to Ukraine, the ministry said.',
    'The first batch of shells arrived in Ukraine on Monday.',
  ])('keeps "%s" a delivery', (text) => {
    expect(stageOf(text)).toBe('delivery')
  })

  it('keeps shipping under way since a day a delivery, whatever is to be done with it next', () => {
    expect(
      stageOf(
        'The generators have been shipping to Ukraine since March 3 and are to be handed over to water utilities.',
      ),
    ).toBe('delivery')
  })

  it('takes no item from the schedule that follows a delivery still to come', () => {
    const [a] = aid(
      'Norway will donate 12 jets to Ukraine. The first four jets are set to be sent to Ukraine in June, followed by eight in the autumn.',
    )
    expect(a?.stage).toBe('pledge')
    const items = a?.claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : [])) ?? []
    expect(items).not.toContain('Followed')
  })

  it('keeps a delivery told beside one still to come a delivery', () => {
    expect(
      stageOf(
        'Two launchers arrived in Ukraine on Monday; a third will be delivered in June, Rome said.',
      ),
    ).toBe('delivery')
  })

  it('drafts a package announced with its goods to come as a pledge with its giver', () => {
    const [a] = aid(
      'Denmark announced a new aid package for Ukraine worth 1.2 billion kroner on Tuesday; most of the artillery in it will be delivered to Kyiv in the autumn.',
    )
    expect(a?.stage).toBe('pledge')
    expect(a?.donorIds).toEqual(['denmark'])
  })
})
