import { describe, expect, it } from 'vitest'
import { GIVING_DELIVERY, GIVING_PLEDGE } from './aid-giving.ts'
import { stageOf } from './aid-stage.ts'
import { extract } from './extract.ts'

describe('giving verbs by the shape of their phrase', () => {
  it('reads an infinitive, a future or a progressive of giving as a pledge', () => {
    for (const t of [
      'Canada is set to deliver a C$64.8 million military aid package.',
      'Germany is preparing to provide another €1 billion to Ukraine.',
      'Norway will soon also send two NASAMS systems.',
      'This time, Germany is handing Ukraine two Patriot launchers.',
      'Germany has confirmed the transfer to Ukraine of a new aid package worth €700 million.',
    ]) {
      expect(GIVING_PLEDGE.test(t), t).toBe(true)
      expect(stageOf(t), t).toBe('pledge')
    }
  })

  it('reads a recipient that received money as a delivery, not one that received words', () => {
    expect(stageOf('Ukraine received $760 million from Japan and Norway.')).toBe('delivery')
    expect(GIVING_DELIVERY.test('Ukraine received pledges of $2 billion in aid.')).toBe(false)
    expect(GIVING_DELIVERY.test('Kyiv received a call about the aid package.')).toBe(false)
  })

  it('leaves giving words that name no act of giving alone', () => {
    expect(GIVING_PLEDGE.test('The package was a provision of the deal.')).toBe(false)
    expect(stageOf('The transfer window closes on Friday.')).toBeUndefined()
  })
})

describe('the words a speaker gives aid with', () => {
  const aid = (text: string) =>
    extract(text, { publishedAt: '2024-10-18', source: { id: 's' } }).flatMap((d) =>
      d.record.kind === 'aid' ? [d.record] : [],
    )

  it('reads the clause after "said … that" past a lead-in that tells no aid', () => {
    const [a] = aid(
      'As per multiple outlets, Defence Minister Bill Blair said in a statement on Friday, October 18, that Canada is set to deliver a C$64.8 million ($47 million) military aid package to Ukraine.',
    )
    expect(a?.donorIds).toEqual(['canada'])
  })

  it('keeps the pledge before the speaker when a participle clause follows the verb', () => {
    const [a] = aid(
      'Germany will supply its Leopard 2 tanks to Ukraine, Chancellor Olaf Scholz announced on Wednesday, overcoming concerns about sending heavy weaponry that for Kyiv is crucial.',
    )
    expect(a?.claims.some((c) => c.fact === 'item' && c.value.name === 'Leopard 2 tanks')).toBe(
      true,
    )
  })
})
