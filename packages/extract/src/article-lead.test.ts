import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const kinds = (text: string) =>
  extract(text, { publishedAt: '2025-05-06', source: { id: 's' } }).map((d) => d.record.kind)

describe('a lead that lost its full stop', () => {
  it('reads a line the next one says was announced as the report’s words', () => {
    expect(
      kinds(
        'Italy has handed over 40 generators to Ukraine, which include units for hospitals and schools\nThis was announced by the head of the regional administration, Ivan Petrenko.',
      ),
    ).toContain('aid')
  })

  it('still reads a short title line over a report as a headline', () => {
    expect(
      kinds(
        'Italy hands over 40 generators to Ukraine\nThe ministry of defence said the talks would go on.',
      ),
    ).not.toContain('aid')
  })
})
