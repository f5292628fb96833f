import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const statements = (text: string, publishedAt?: string) =>
  extract(text, { ...(publishedAt ? { publishedAt } : {}), source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'statement' ? [d.record] : [],
  )

describe('statements', () => {
  it('tells a quote from a paraphrase', () => {
    const [quote, paraphrase] = statements(
      '“We need more momentum in the negotiations to end the war,” Zelensky said. He stated that results could only come from talks at the highest level.',
      '2025-07-21',
    )
    expect(quote).toMatchObject({
      mode: 'quote',
      text: 'We need more momentum in the negotiations to end the war',
    })
    expect(paraphrase).toMatchObject({
      mode: 'paraphrase',
      speaker: { type: 'actor', actorId: 'zelensky' },
    })
  })

  it('makes "…, the general said, adding that …" two statements by the same speaker', () => {
    const found = statements(
      'Ukrainian Commander-in-Chief Oleksandr Syrskyi called for more military aid. “We are still lacking air-defence systems,” the general said, adding that only joint efforts could stop Russian aggression.',
    )
    expect(found.map((s) => [s.speaker, s.mode])).toEqual([
      [{ type: 'actor', actorId: 'syrskyi' }, 'paraphrase'],
      [{ type: 'actor', actorId: 'syrskyi' }, 'quote'],
      [{ type: 'actor', actorId: 'syrskyi' }, 'paraphrase'],
    ])
  })

  it('dates a statement by when it was said, and says so when the article does not', () => {
    const [dated, undated] = statements(
      'Zelensky reiterated on Monday that Ukraine needs more air defence. Kremlin spokesman Dmitry Peskov said talks were possible.',
      '2025-07-21',
    )
    expect(dated?.claims[0]?.value).toMatchObject({
      resolved: true,
      start: '2025-07-21',
      precision: 'day',
    })
    expect(undated?.claims[0]?.value).toMatchObject({
      resolved: false,
      reason: 'the article does not say when this was said',
    })
  })

  it('keeps the role the source gives the speaker', () => {
    const [s] = statements(
      'At the previous meeting, both sides exchanged position papers, Kremlin spokesman Dmitry Peskov said.',
    )
    expect(s?.speakerRole).toBe('Kremlin spokesman')
  })

  it('gives "This was announced by X" the unattributed sentences before it', () => {
    const found = statements(
      'A drone hit a warehouse in Sumy. Two workers were hurt.\nThis was announced by the head of the Sumy region Ivan Petrenko in his Telegram channel.',
    )
    expect(found.map((s) => [s.speaker, s.channel, s.text])).toEqual([
      [
        { type: 'actor', actorId: 'new-ivan-petrenko' },
        'social-media-post',
        'A drone hit a warehouse in Sumy.',
      ],
    ])
  })

  it('reads a "Source:" line and the "Quote:" under it as the same speaker', () => {
    const found = statements(
      'Kharkiv will get new shelters against Russian strikes before winter.\nSource: Mayor Ihor Terekhov in his evening address\nQuote: "We are building ten shelters from the shelling in schools."',
    )
    expect(found.map((s) => [s.speaker, s.mode, s.channel])).toEqual([
      [{ type: 'actor', actorId: 'new-ihor-terekhov' }, 'paraphrase', 'video-message'],
      [{ type: 'actor', actorId: 'new-ihor-terekhov' }, 'quote', 'video-message'],
    ])
  })

  it('finds a surname alone through the full name used earlier', () => {
    const [st] = statements(
      'Governor Oleh Marenko visited the shelled school in Sumy. "Russia hit children," Marenko wrote.',
    )
    expect(st?.speaker).toEqual({ type: 'actor', actorId: 'new-oleh-marenko' })
    expect(st?.title).toMatch(/^Oleh Marenko: /)
  })

  it('reads the end of a quote the sentence splitter cut off as a quote', () => {
    const found = statements(
      '“The drones came at night. Then the missiles followed from the Black Sea,” Zelensky said.',
    )
    expect(found.at(-1)?.mode).toBe('quote')
  })

  it('gives a paragraph opening with a quote to the person who spoke before it', () => {
    const found = statements(
      'Governor Oleh Marenko said Russian shelling hit Sumy overnight.\n“Two houses burned and a school was damaged.',
    )
    expect(found.map((s) => [s.speaker, s.mode])).toEqual([
      [{ type: 'actor', actorId: 'new-oleh-marenko' }, 'paraphrase'],
      [{ type: 'actor', actorId: 'new-oleh-marenko' }, 'quote'],
    ])
  })

  it('keeps the channel of a speaker who goes on, and learns it from "wrote about this"', () => {
    const found = statements(
      'Governor Oleh Marenko said Russian drones hit Sumy. Marenko wrote about this in his Telegram channel. He added that the strike killed two.',
    )
    expect(found.map((s) => s.channel)).toEqual(['social-media-post', 'social-media-post'])
  })

  it('proposes no statement from a football report', () => {
    expect(
      statements(
        'Coach Paul Granger said his side would counter attack on the wing against the champions.',
      ),
    ).toEqual([])
  })

  it('makes one quote of a quotation the splitter cut in two', () => {
    const found = statements(
      '“The talks have stalled. Our proposal on the prisoner exchange has gone unanswered for a week,” Lavrov said.',
    )
    expect(found.map((s) => [s.mode, s.text])).toEqual([
      [
        'quote',
        'The talks have stalled. Our proposal on the prisoner exchange has gone unanswered for a week',
      ],
    ])
  })

  it('takes a quote after a colon whole, to its closing mark', () => {
    const found = statements(
      'Sybiha wrote on X: "The strike on Odesa was deliberate. Russia aimed at the port. The world must answer."',
    )
    expect(found.map((s) => [s.mode, s.text])).toEqual([
      [
        'quote',
        'The strike on Odesa was deliberate. Russia aimed at the port. The world must answer',
      ],
    ])
  })

  it('dates "said earlier on Friday" and keeps statements of an article set in Russian places', () => {
    const [st] = statements(
      'The governor of the Belgorod region said earlier on Friday that a drone hit a garage in Belgorod.',
      '2024-07-19',
    )
    expect(st?.claims[0]?.value).toMatchObject({ start: '2024-07-19', precision: 'day' })
  })

  it('reads "the head of state" as the person the article last named', () => {
    const [st] = statements(
      'President of Ukraine Volodymyr Zelensky met the Danish prime minister in Aarhus. This was announced by the head of state in his Telegram channel.',
    )
    expect(st).toMatchObject({
      speaker: { type: 'actor', actorId: 'zelensky' },
      channel: 'social-media-post',
    })
  })
})

describe('two speakers of the same words', () => {
  it('makes "X and Y said" a statement of each, each asserting its own date', () => {
    const found = statements(
      'Zelensky and Merz said on Friday that Russia must agree to a ceasefire before any summit.',
      '2025-08-15',
    )
    expect(found.map((s) => [s.speaker, s.claims[0]?.assertedBy])).toEqual([
      [
        { type: 'actor', actorId: 'zelensky' },
        { type: 'actor', actorId: 'zelensky' },
      ],
      [
        { type: 'actor', actorId: 'merz' },
        { type: 'actor', actorId: 'merz' },
      ],
    ])
  })
})

describe('who said it and when, as wire copy writes it', () => {
  it('reads an aide named after the principal or body he serves as the speaker', () => {
    const [a, b] = statements(
      "Putin's foreign policy aide Yuri Ushakov said the talks on Ukraine were useful. Kremlin aide Kirill Dmitriev said a summit on the war was possible.",
    )
    // both are in the actor dictionary since round 15 of issue #15
    expect([a?.speaker, b?.speaker]).toEqual([
      { type: 'actor', actorId: 'ushakov' },
      { type: 'actor', actorId: 'dmitriev' },
    ])
  })

  it('dates the speaking from "said in an interview … on Sunday that" and a leading "Speaking …"', () => {
    const [a, b] = statements(
      'Zelensky said in an interview with a German paper on Sunday that Ukraine needed more Patriots. Speaking at a briefing on Thursday, Peskov said Russia was ready for talks.',
      '2025-07-21',
    )
    expect(a?.claims[0]?.value).toMatchObject({ start: '2025-07-20' })
    expect(b?.claims[0]?.value).toMatchObject({ start: '2025-07-17' })
  })

  it('puts a weekday of speaking before publication: "said on Wednesday" in a Monday report', () => {
    const [a] = statements('Sybiha said on Wednesday that the war must end.', '2025-07-21')
    expect(a?.claims[0]?.value).toMatchObject({ start: '2025-07-16', end: '2025-07-16' })
  })
})

describe('when a statement was said', () => {
  it('dates only the statement whose words say when; the next one inherits nothing', () => {
    const [first, second] = statements(
      'Sybiha said on Tuesday that the talks had stalled. Sybiha also said Kyiv would not give up territory.',
      '2025-07-24',
    )
    expect(first?.claims[0]?.value).toMatchObject({ start: '2025-07-22', precision: 'day' })
    expect(second?.claims[0]?.value).toMatchObject({ resolved: false })
  })
})
