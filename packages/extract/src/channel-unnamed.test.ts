import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { attribute } from './attribution.ts'
import { extract } from './extract.ts'

/** Channels and dates of unnamed speakers and of days named in possessives. */
const context = { newNames: [], lexicon: shippedLexicon }

describe('one unnamed person speaks in remarks', () => {
  it('gives "a senior official" remarks and "officials" of a body a statement', () => {
    expect(
      attribute('A senior European official said the plan had no chance.', context)?.channel,
    ).toBe('remarks')
    expect(attribute('Ukrainian officials said the plan had no chance.', context)?.channel).toBe(
      'official-statement',
    )
  })

  it('keeps an unnamed source told to an agency a news-agency report', () => {
    expect(attribute('A source told Reuters the plan had no chance.', context)?.channel).toBe(
      'news-agency-report',
    )
  })
})

describe('a possessive day is no speaking date', () => {
  it('leaves "hailed Monday’s talks" undated as a statement', () => {
    const [s] = extract(
      'Turkish President Recep Tayyip Erdogan hailed Monday’s round of peace talks between Ukraine and Russia as a success.',
      {
        publishedAt: '2025-06-03',
        source: { id: 's' },
      },
    ).flatMap((d) => (d.record.kind === 'statement' ? [d.record] : []))
    expect(s?.claims[0]?.value).toMatchObject({ resolved: false })
  })
})

describe('speaking dates at the head of the sentence and in an aside', () => {
  const dateOf = (text: string) =>
    extract(text, { publishedAt: '2026-03-11', source: { id: 's' } }).flatMap((d) =>
      d.record.kind === 'statement' ? [d.record.claims[0]?.value] : [],
    )[0]

  it('reads "On Monday, X said … would …" as the Monday before publication', () => {
    expect(
      dateOf('On Monday, Olena Petrenko said the talks with Russia would go on.'),
    ).toMatchObject({ resolved: true, start: '2026-03-09' })
  })

  it('reads "X, speaking on Thursday, said" as said on Thursday', () => {
    expect(
      dateOf('Olena Petrenko, speaking on Thursday, said the talks with Russia would go on.'),
    ).toMatchObject({ resolved: true, start: '2026-03-05' })
  })
})
