import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { attribute } from './attribution.ts'
import { extract } from './extract.ts'

/** Two speakers in one sentence, agencies that carry words, and unnamed officials of a body. */
const context = { newNames: [], lexicon: shippedLexicon }

const statements = (text: string, publishedAt?: string) =>
  extract(text, { ...(publishedAt ? { publishedAt } : {}), source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'statement' ? [d.record] : [],
  )

describe('a second speaker after ", and Y said"', () => {
  it('gives each side its own statement', () => {
    const found = statements(
      'Russia said it would pull back from the capital, and Ukraine said it would weigh a neutral status.',
    )
    expect(found.map((s) => s.speaker)).toEqual([
      { type: 'actor', actorId: 'russia' },
      { type: 'actor', actorId: 'ukraine' },
    ])
    expect(found[1]?.text).toBe('It would weigh a neutral status.')
  })

  it('keeps one statement when the same speaker goes on: ", and Zelensky said"', () => {
    expect(
      statements('Zelensky said the talks were hard, and Zelensky said they would go on.'),
    ).toHaveLength(1)
  })
})

describe('words an agency carries and officials of a body', () => {
  it('reads the words after "told Reuters on condition of anonymity that"', () => {
    const sentence =
      'A senior State Department official told Reuters on condition of anonymity that the offer was not serious.'
    const a = attribute(sentence, context)
    expect(a?.speaker.asserter).toMatchObject({ type: 'unnamed', affiliationId: 'united-states' })
    expect(a && sentence.slice(a.content.start, a.content.end)).toBe('the offer was not serious.')
  })

  it('reads "NTV cited X as saying" as X speaking', () => {
    expect(
      attribute('Broadcaster NTV cited Recep Tayyip Erdogan as saying a deal was near.', context)
        ?.speaker.asserter,
    ).toEqual({ type: 'actor', actorId: 'erdogan' })
  })

  it('dates a quote the splitter cut by the day its closing sentence names', () => {
    const [s] = statements(
      '“We gave our team clear orders. We will not give up land,” Dmytro Kuleba said on Monday.',
      '2022-03-30',
    )
    expect(s?.claims[0]?.value).toMatchObject({ resolved: true, start: '2022-03-28' })
  })
})
