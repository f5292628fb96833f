import { describe, expect, it } from 'vitest'
import { toIngestRequest } from './ingest-input.ts'
import { emptyInput } from './ingest-state.ts'

const text = 'Fresh Ukraine-Russia talks in Istanbul on Wednesday, says Zelensky\n\nKYIV, July 21'

describe('toIngestRequest', () => {
  it('titles the source with the first line when the editor gives no title', () => {
    const parsed = toIngestRequest({ ...emptyInput, text, publishedAt: '2025-07-21' })
    expect(parsed.ok && parsed.request.source.title).toBe(
      'Fresh Ukraine-Russia talks in Istanbul on Wednesday, says Zelensky',
    )
    expect(parsed.ok && parsed.request.publishedAt).toBe('2025-07-21')
  })

  it('requires a publication date rather than leaving "on Wednesday" unresolved', () => {
    expect(toIngestRequest({ ...emptyInput, text })).toEqual({
      ok: false,
      error: 'Give the publication date: relative dates are read against it.',
    })
  })

  it('names a malformed URL instead of sending it', () => {
    const parsed = toIngestRequest({ ...emptyInput, text, publishedAt: '2025-07-21', url: 'nope' })
    expect(parsed.ok).toBe(false)
  })
})
