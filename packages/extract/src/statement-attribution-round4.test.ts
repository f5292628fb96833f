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

  it('reads a quote before "when asked about the talks that are due …" as the quote', () => {
    const [st] = statements(
      '"The minimum is an exchange of prisoners," Kuleba said on television when asked about the talks that are due on Tuesday.',
    )
    expect(st?.mode).toBe('quote')
    expect(st?.text).toBe('The minimum is an exchange of prisoners')
  })

  it('gives a quote closed by "the foreign minister continued" to the minister just named', () => {
    const found = statements(
      '“We do not trade land,” Dmytro Kuleba said on Monday.\n\n“Our position is firm,” the foreign minister continued.',
    )
    expect(found.at(-1)).toMatchObject({ mode: 'quote', text: 'Our position is firm' })
  })

  it('reads "delivered promised tanks" as no reporting verb', () => {
    const [st] = statements(
      'Germany has delivered promised Leopard tanks to Ukraine, Chancellor Olaf Scholz said, giving Kyiv heavy armour.',
    )
    expect(st?.speaker).toEqual({ type: 'actor', actorId: 'scholz' })
  })

  it('reads "…, according to X, but …" with the speaker in the middle', () => {
    const [st] = statements(
      'Russia and Ukraine agreed to swap 1,000 prisoners each, according to Rustem Umerov, but there is no ceasefire.',
    )
    expect(st?.speaker).toEqual({ type: 'actor', actorId: 'umerov' })
    expect(st?.text).toBe('Russia and Ukraine agreed to swap 1,000 prisoners each')
  })

  it('gives "the regional governor" to the governor the text named before', () => {
    const found = statements(
      'Drones hit the Voronezh region overnight, injuring four people, Governor Alexander Gusev said.\nThe regional governor also reported that seven houses were damaged.',
    )
    expect(found.at(-1)?.speaker).toEqual({ type: 'actor', actorId: 'new-alexander-gusev' })
  })

  it('ends the words at "the governor said early Thursday, adding …"', () => {
    const [st] = statements(
      'A drone attack started a fire at a refinery in southern Russia, the regional governor said early Thursday, adding that no one was hurt.',
    )
    expect(st?.text).toBe('A drone attack started a fire at a refinery in southern Russia')
  })

  it('reads a quote closed by "according to the minister" with no comma', () => {
    const found = statements(
      'Boris Pistorius announced a new package. It “serves the priorities of Ukraine: air defence and artillery” according to the German minister.',
    )
    expect(found.at(-1)).toMatchObject({
      speaker: { type: 'actor', actorId: 'pistorius' },
      mode: 'quote',
    })
  })

  it('gives "…, with Defence Secretary John Healey confirming …" to Healey', () => {
    const found = statements(
      'The UK renewed its support for Ukraine, with Defence Secretary John Healey confirming £4.5 billion this year.',
    )
    expect(found.map((s) => s.speaker)).toContainEqual({ type: 'actor', actorId: 'healey' })
  })

  it('reads first-person words before their speaker as a quote that lost its marks', () => {
    const found = statements(
      'Dmitry Peskov spoke about the talks. We do not reject such a meeting, Peskov told a daily briefing.',
    )
    expect(found.at(-1)).toMatchObject({ mode: 'quote' })
  })

  it('keeps third-person words before their speaker a paraphrase', () => {
    const [st] = statements('Russia does not reject such a meeting, Peskov told a daily briefing.')
    expect(st?.mode).toBe('paraphrase')
  })

  it('reads "X told the Financial Times in an interview" as the audience, not the words', () => {
    const [st] = statements(
      '"We need more air defence," Foreign Minister Andrii Sybiha told the Financial Times in an interview.',
    )
    expect(st).toMatchObject({
      mode: 'quote',
      text: 'We need more air defence',
      channel: 'interview',
    })
  })

  it('reads "…, X told Le Monde." as the words before the speaker', () => {
    const [st] = statements('Ukraine needs more air defence, Andrii Sybiha told Le Monde.')
    expect(st?.text).toBe('Ukraine needs more air defence')
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
