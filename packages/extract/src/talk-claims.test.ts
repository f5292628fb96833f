import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const dates = (text: string) =>
  extract(text, { source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? d.record.claims.filter((c) => c.fact === 'date') : [],
  )

describe('the dates of a round in a page with no date', () => {
  it('keeps one unplaced day per source: "Tuesday", "today" and "tomorrow" cannot be told apart', () => {
    const found = dates(
      'On Tuesday, the Russian and Ukrainian delegations began talks in Geneva. Diplomatic sources said the talks between the Russian and Ukrainian delegations will continue today, Tuesday, and tomorrow, Wednesday.',
    )
    const bySource = found.map((c) => JSON.stringify(c.assertedBy))
    expect(found.length).toBeGreaterThan(0)
    expect(new Set(bySource).size).toBe(bySource.length)
  })
})
