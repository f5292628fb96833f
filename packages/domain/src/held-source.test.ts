import { describe, expect, it } from 'vitest'
import { describeHeld } from './held-source.ts'

describe('describeHeld', () => {
  it.each([
    [
      { sourceId: 'src-a', by: 'text', similarity: 1 },
      'src-a',
      /^Already held as src-a \(the same text\)/,
    ],
    [{ sourceId: 'src-a', by: 'url', similarity: 1 }, 'src-a', /\(the same address\)/],
    [
      { sourceId: 'src-a', by: 'url', similarity: 0.8 },
      'src-b',
      /with other words \(80% of its wording\)/,
    ],
    [
      { sourceId: 'src-a', by: 'near-duplicate', similarity: 0.91 },
      'src-b',
      /^A copy of src-a \(91% of its wording\)/,
    ],
  ] as const)('%j', (held, sourceId, words) => {
    expect(describeHeld(held, sourceId)).toMatch(words)
  })
})
