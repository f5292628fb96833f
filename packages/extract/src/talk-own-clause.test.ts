import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const talks = (text: string, publishedAt: string): Talk[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )

describe('talks the reporter tells before a speaker’s clause', () => {
  it('reads an agreement reached at talks, then a semicolon and a speaker, as talks held', () => {
    const [t] = talks(
      'Ukrainian and Russian negotiators agreed to return the bodies of 500 soldiers at talks in Geneva; the Ukrainian envoy said the meeting had been businesslike.',
      '2025-10-02',
    )
    expect(t?.venueId).toBe('ch-geneva')
    expect(t?.claims).toContainEqual(
      expect.objectContaining({
        fact: 'status',
        value: expect.objectContaining({ status: 'held' }),
      }),
    )
    expect(t?.claims).toContainEqual(
      expect.objectContaining({
        fact: 'outcome',
        value: { type: 'agreement', text: 'Return the bodies of 500 soldiers' },
      }),
    )
  })

  it('still reads talks only recalled by a speaker as none', () => {
    expect(
      talks(
        'The exchange went ahead on Monday; a Ukrainian official said it had been agreed at talks in Geneva in the spring.',
        '2025-10-02',
      ),
    ).toEqual([])
  })
})
