import type { Statement } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const statements = (text: string): Statement[] =>
  extract(text, { publishedAt: '2025-03-03', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'statement' ? [d.record] : [],
  )

describe('attribution forms of hurried copy', () => {
  it('gives "Name, title said" with no comma before the verb to the named holder', () => {
    const [st] = statements(
      'Mark Rutte, NATO’s secretary general said the allies would send more air defence to Ukraine.',
    )
    expect(st?.speaker).toEqual({ type: 'actor', actorId: 'rutte' })
    expect(st?.text).toBe('The allies would send more air defence to Ukraine.')
  })

  it('prefers the name to an office that has another holder on the day', () => {
    const [st] = statements(
      'Dmytro Kuleba, Ukraine’s former foreign minister said the talks had failed.',
    )
    expect(st?.speaker).toEqual({ type: 'actor', actorId: 'kuleba' })
  })

  it('reads no speaker into a lead-in such as "On Monday," before a named spokesman', () => {
    const [st] = statements(
      'On Monday, Kremlin spokesman Dmitry Peskov stated that the talks would depend on Kyiv.',
    )
    expect(st?.speaker).toEqual({ type: 'actor', actorId: 'peskov' })
  })

  it('keeps a quote followed by "he said of …" a quote', () => {
    const found = statements(
      'Dmitry Peskov spoke to reporters about Kyiv. "This style brings nothing good to Ukraine," he said of the proposal.',
    )
    const last = found.at(-1)
    expect(last?.mode).toBe('quote')
    expect(last?.text).toBe('This style brings nothing good to Ukraine')
  })

  it('gives the words of "Name, who said …" to the person the relative clause names', () => {
    const found = statements(
      'Dmitry Peskov dismissed the idea of the Ukrainian negotiator, Davyd Arakhamia, who said Kyiv might return to the table in August.',
    )
    const named = found.find(
      (s) => s.speaker.type === 'actor' && s.speaker.actorId === 'new-davyd-arakhamia',
    )
    expect(named?.text).toBe('Kyiv might return to the table in August.')
    expect(named?.channel).toBe('remarks')
  })

  it('ends the words at "X said before it was announced"', () => {
    const [st] = statements(
      'The United States plans to send Ukraine $725 million in military aid, two officials said before it was announced.',
    )
    expect(st?.text).toBe('The United States plans to send Ukraine $725 million in military aid')
  })

  it('reads "signalled that" as a paraphrase', () => {
    const found = statements(
      'Andriy Yermak met reporters in Kyiv. He signalled that a compromise with Russia was possible.',
    )
    expect(found.map((s) => s.text)).toContain('A compromise with Russia was possible.')
  })
})

describe('a statement told in two halves', () => {
  it('keeps the words before "X said:" with the quote after it', () => {
    const [st] = statements(
      'The strike on the capital was a deliberate crime, President Zelensky said: "We need more air defence now."',
    )
    expect(st?.mode).toBe('quote')
    expect(st?.text).toBe(
      'The strike on the capital was a deliberate crime. We need more air defence now',
    )
  })

  it('leaves a setting before "X said:" out of the words', () => {
    const [st] = statements('In his nightly address, Zelensky said: "We need more air defence."')
    expect(st?.text).toBe('We need more air defence')
  })

  it('reads a "said that" inside the quote after a colon as the quote’s own words', () => {
    const [st] = statements(
      'Zelensky said: "Our partners have said that there will be sanctions. We count on them."',
    )
    expect(st?.mode).toBe('quote')
    expect(st?.text).toMatch(/^Our partners have said that there will be sanctions/)
  })

  it('makes one statement of a quote that goes on after "X said."', () => {
    const found = statements(
      '“Compromises are possible in the talks with Russia,” Yermak said. “But we will not give up our land.”',
    )
    expect(found).toHaveLength(1)
    expect(found[0]?.text).toBe(
      'Compromises are possible in the talks with Russia. But we will not give up our land.',
    )
  })

  it('keeps a speaker’s next words on the war’s subject though they name no war word', () => {
    const found = statements(
      'NATO chief Mark Rutte said Russia was trying to destabilise Europe with drones. To counter this, the alliance will share more intelligence, he said.',
    )
    expect(found).toHaveLength(2)
  })
})
