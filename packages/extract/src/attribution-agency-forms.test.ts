import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

/** Agency forms: "reports with reference to X", and a post that "reads". */
const statements = (text: string) =>
  extract(text, { source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'statement' ? [d.record] : [],
  )

describe('agency forms', () => {
  it('reads "…, Ukrinform reports with reference to X" as X through the agency', () => {
    const [s] = statements(
      'Nine drones were shot down over Sumy, Ukrinform reports with reference to the Ukrainian Air Force.',
    )
    expect(s?.speaker).toEqual({ type: 'actor', actorId: 'ua-air-force' })
  })

  it('gives \'"…," the post reads\' to the person whose post the sentence before named', () => {
    const found = statements(
      'Kharkiv Mayor Olena Hrytsenko reported the strike on Telegram.\n"Two houses burned down in the night strike," the post reads.',
    )
    expect(found.map((s) => [s.speaker, s.mode, s.channel])).toEqual([
      [{ type: 'actor', actorId: 'new-olena-hrytsenko' }, 'paraphrase', 'social-media-post'],
      [{ type: 'actor', actorId: 'new-olena-hrytsenko' }, 'quote', 'social-media-post'],
    ])
  })
})

describe('an interview the sentence before names', () => {
  it('gives the next sentences of the speaker the interview channel', () => {
    const found = statements(
      'Envoy Mira Colton, in an interview with CBS, discussed the ceasefire talks.\nColton stated that the talks with Russia would resume soon.',
    )
    expect(found.map((s) => s.channel)).toEqual(['interview'])
  })
})
