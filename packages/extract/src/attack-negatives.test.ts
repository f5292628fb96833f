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
