import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const attacks = (text: string) =>
  extract(text, { publishedAt: '2025-10-02', source: { id: 's' } }).filter(
    (d) => d.record.kind === 'attack',
  )

describe('war words about something else make no attack', () => {
  it.each([
    'Hackers tied to Moscow launched a cyber attack on a Kyiv power company on Friday, officials said.',
    'The ex-Shakhtar coach died of a heart attack in Kharkiv, aged 61.',
    'The film shows Russian drones striking Odesa at night, and the director shot it in Georgia.',
  ])('%s', (text) => {
    expect(attacks(text)).toEqual([])
  })
})

describe('bodies handed over between the sides make no attack', () => {
  it.each([
    'Russia handed over the bodies of 6,000 killed Ukrainian soldiers, and Ukraine returned the bodies of 78 Russian soldiers, the negotiator said.',
    'Kyiv received the bodies of 909 fallen defenders in the latest repatriation, the coordination headquarters said.',
    'The exchange of bodies of 1,000 dead servicemen took place on the Belarusian border.',
  ])('%s', (text) => {
    expect(attacks(text)).toEqual([])
  })

  it('still counts the bodies recovered after a strike as its dead', () => {
    const [attack] = attacks(
      'Rescuers recovered the bodies of 14 people from the rubble after a Russian missile strike on Dnipro.',
    )
    const record = attack?.record
    expect(record?.kind === 'attack' && record.claims.some((c) => c.fact === 'killed')).toBe(true)
  })
})
