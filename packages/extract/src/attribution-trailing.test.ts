import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { attribute, attributeBackward } from './attribution.ts'
import { extract } from './extract.ts'

/** Attribution forms from the attack and statement round of real reporting (issue #15). */
const context = { newNames: [], lexicon: shippedLexicon }
const statements = (text: string, publishedAt?: string) =>
  extract(text, { source: { id: 't' }, ...(publishedAt ? { publishedAt } : {}) }).flatMap((d) =>
    d.record.kind === 'statement' ? [d.record] : [],
  )

describe('a speaker named after the verb, with the place of the office and a medium', () => {
  it('reads "…, said Samara Governor Ivan Petrov in a Telegram post" as the governor', () => {
    const a = attribute(
      'The blaze was started by a Ukrainian drone, said Samara Governor Ivan Petrov in a Telegram post.',
      context,
    )
    expect(a?.speaker.asserter).toEqual({ type: 'actor', actorId: 'new-ivan-petrov' })
  })

  it('dates the speaking by the day after the speaker, not the strike', () => {
    const [s] = statements(
      'The blaze was started by a Ukrainian drone, said Samara Governor Ivan Petrov on Friday.',
      '2024-03-09',
    )
    expect(s?.claims.find((c) => c.fact === 'date')?.value).toMatchObject({
      start: '2024-03-08',
      end: '2024-03-08',
    })
  })
})

describe('a role phrase with its side before it is the person just named', () => {
  it('reads "the Kremlin official added" after Peskov as Peskov', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov said on Monday that talks with Ukraine were frozen. "No date has been set," the Kremlin official added.'
    const speakers = statements(text).map((s) => s.speaker)
    expect(speakers).toEqual([
      { type: 'actor', actorId: 'peskov' },
      { type: 'actor', actorId: 'peskov' },
    ])
  })
})

describe('quotes credited to a speaker "as quoted by" an outlet', () => {
  it('keeps a quote a quote when the outlet follows the speaker', () => {
    const [s] = statements(
      '"The Ukrainian side knows our terms on the war," Peskov told reporters as quoted by RIA Novosti.',
    )
    expect(s?.mode).toBe('quote')
  })
})

describe('words credited backwards by "revealed"', () => {
  it('reads "This was revealed by X" as X', () => {
    expect(
      attributeBackward('This was revealed by Kremlin spokesman Dmitry Peskov.', context)?.speaker
        .asserter,
    ).toEqual({ type: 'actor', actorId: 'peskov' })
  })
})

describe('an outlet credit after the speaker and the role', () => {
  it('reads "…, said X, head of Y, Report informs." as X', () => {
    expect(
      attribute(
        'Russian troops shelled Kherson overnight, said Oleksandr Prokudin, head of the regional administration, Report informs.',
        context,
      )?.speaker.asserter,
    ).toEqual({ type: 'actor', actorId: 'new-oleksandr-prokudin' })
  })
})

describe('"commented" and a sentence-initial role phrase', () => {
  it('reads "The Kremlin official added:" after Peskov commented as Peskov', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov said the war in Ukraine would go on. "There is no peace plan," Peskov commented on the proposal of Kyiv. The Kremlin official added: "No plan is possible without the new regions."'
    expect(statements(text).map((s) => s.speaker)).toEqual([
      { type: 'actor', actorId: 'peskov' },
      { type: 'actor', actorId: 'peskov' },
      { type: 'actor', actorId: 'peskov' },
    ])
  })
})

describe('a name in apposition to a role after "according to"', () => {
  it('reads "…, according to the head of the region, Ivan Fedorov, who wrote on Telegram." as Fedorov', () => {
    expect(
      attribute(
        'Russian drones hit a school in Zaporizhzhia, according to the head of the regional administration, Ivan Fedorov, who wrote on Telegram.',
        context,
      )?.speaker.asserter,
    ).toEqual({ type: 'actor', actorId: 'new-ivan-fedorov' })
  })
})
