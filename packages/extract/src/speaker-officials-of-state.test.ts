import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

/** "Officials" after a state was named as the one reporting (issue #15). */
describe('officials after a state that reported', () => {
  it('reads "Ukraine reported … Officials confirmed" as unnamed Ukrainian officials', () => {
    const speakers = extract(
      'Ukraine reported new losses after a wave of Russian drone strikes on its south. Officials confirmed that four people were killed in the overnight attacks.',
      { source: { id: 't' } },
    ).flatMap((d) => (d.record.kind === 'statement' ? [d.record.speaker] : []))
    expect(speakers).toContainEqual(
      expect.objectContaining({ type: 'unnamed', affiliationId: 'ukraine' }),
    )
  })
})
