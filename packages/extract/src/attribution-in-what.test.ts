import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

/** Wires' "in what X called …" (issue #15): the sentence is the reporter's, not a statement. */
describe('a judgement told "in what officials called …"', () => {
  it('makes no statement of the words before "in what officials called"', () => {
    const speakers = extract(
      'Russia struck Odesa overnight in what officials called the largest drone attack on the port.',
      { source: { id: 't' } },
    ).flatMap((d) => (d.record.kind === 'statement' ? [d.record.speaker] : []))
    expect(speakers).toEqual([])
  })
})
