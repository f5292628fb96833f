import { describe, expect, it } from 'vitest'
import type { Attack } from '../attack.ts'
import { seedDataset } from '../seed/index.ts'
import { julyRound } from '../seed/talks.ts'
import type { Talk } from '../talk.ts'
import { briefDrift } from './brief-truth.ts'
import { buildBrief } from './build-brief.ts'
import { seedBrief, seedBriefInput } from './testing/seed-brief.ts'

const records = new Map(seedDataset.records.map((r) => [r.id, r]))
const texts = new Map(seedDataset.sources.flatMap((s) => (s.text ? [[s.id, s.text]] : [])))
const sectionText = (id: string, brief = seedBrief()) =>
  brief.sections.find((s) => s.id === id)?.sentences.map((s) => s.text) ?? []

describe('buildBrief on the seed day', () => {
  it('is the same brief for the same input, word for word', () => {
    expect(JSON.stringify(seedBrief())).toBe(JSON.stringify(seedBrief()))
  })

  it('says the third round’s date is disputed, Wednesday against Thursday, with both sources', () => {
    const brief = seedBrief()
    const line = brief.sections
      .find((s) => s.id === 'disputes')
      ?.sentences.find((s) => s.text.startsWith(julyRound.title))
    expect(line?.text).toBe(
      'Third round of Ukraine–Russia talks in Istanbul: the date is disputed: Volodymyr Zelensky, citing Rustem Umerov, says Wednesday 23 July 2025; TASS, citing an unnamed source, Thursday 24 July 2025.',
    )
    const cited = line?.parts.flatMap((p) => p.citations.flatMap((c) => c.claimIds))
    expect(cited).toEqual(['r3-date-zelensky', 'r3-date-tass'])
    expect(sectionText('talks')).toContain(
      'Its date is disputed: Volodymyr Zelensky, citing Rustem Umerov, says Wednesday 23 July 2025; TASS, citing an unnamed source, Thursday 24 July 2025.',
    )
  })

  it('gives the toll as the band the evidence allows', () => {
    expect(sectionText('attacks')).toContain(
      'Russian drone wave on Kyiv, Kharkiv and Ivano-Frankivsk, the night of 20–21 July 2025: 2 killed; 15 injured (began 20 July 2025, before the period: counted with that day).',
    )
  })

  it('says which listed attacks the period’s totals leave to the day they began', () => {
    const listed = sectionText('attacks')
    const before = listed.filter((line) => line.includes('before the period'))
    expect(before).toHaveLength(listed.filter((line) => line.includes('night of 20–21')).length)
    expect(before.length).toBeGreaterThan(0)
  })

  it('passes its own truth checks', () => {
    expect(briefDrift({ brief: seedBrief(), records, texts })).toEqual([])
  })

  it('names a topic left off the agenda as such, not as "not <Topic>"', () => {
    const agenda = sectionText('talks').find((line) => line.startsWith('Agenda: '))
    expect(agenda).toContain('Detailed ceasefire talks (not on the agenda)')
    expect(agenda).not.toMatch(/\bnot [A-Z]/)
  })
})

describe('buildBrief wording', () => {
  const input = seedBriefInput()
  const only = (over: Partial<typeof input>) =>
    buildBrief({ ...input, talks: [], aid: [], attacks: [], statements: [], disputed: [], ...over })

  it('leaves out the sections of kinds not asked for', () => {
    const brief = buildBrief({ ...input, scope: { ...input.scope, kind: ['attack'] } })
    expect(brief.sections.map((s) => s.id)).toEqual(['attacks', 'disputes', 'changes'])
  })

  it('says an unresolved date is unresolved, never guessing one', () => {
    const [claim] = julyRound.claims
    if (claim?.fact !== 'date') throw new Error('seed changed')
    const talk: Talk = {
      ...julyRound,
      claims: [
        {
          ...claim,
          value: { resolved: false, precision: 'day', raw: 'next week', reason: 'no anchor' },
        },
      ],
    }
    expect(sectionText('talks', only({ talks: [talk] }))).toContain(
      'Its date is unresolved, not guessed: an unresolved date (the source says “next week”).',
    )
  })

  it('says "at least 2 killed, up to 3 by one source" when a cap sits above the floor', () => {
    const [wave] = input.attacks
    if (!wave) throw new Error('seed changed')
    const killed = wave.claims.filter((c) => c.fact === 'killed')
    const attack: Attack = {
      ...wave,
      claims: killed.map((c) =>
        c.value.scope === 'ua'
          ? { ...c, value: { qualifier: 'range', min: 1, max: 3, scope: 'ua' } }
          : { ...c, value: { qualifier: 'at-least', value: 2, scope: 'ua-kyiv' } },
      ),
    }
    const [line] = sectionText('attacks', only({ attacks: [attack] }))
    expect(line).toContain('at least 2 killed, up to 3 by one source')
  })

  it('fails the truth checks when a sentence drifts from its evidence', () => {
    const brief = seedBrief()
    const attacks = brief.sections.find((s) => s.id === 'attacks')
    const part = attacks?.sentences[0]?.parts.find((p) => p.text === '2 killed')
    if (!attacks?.sentences[0] || !part) throw new Error('no toll to drift')
    part.text = '3 killed'
    attacks.sentences[0].text = attacks.sentences[0].parts.map((p) => p.text).join('')
    const talks = brief.sections.find((s) => s.id === 'disputes')
    talks?.sentences.splice(0)
    const drift = briefDrift({ brief, records, texts })
    expect(drift.some((d) => d.includes('states 3'))).toBe(true)
    expect(drift.some((d) => d.includes('is not stated as a dispute'))).toBe(true)
  })

  it('fails the truth checks when a footnote’s span lacks its quoted words', () => {
    const brief = seedBrief()
    const citation = brief.sections[0]?.sentences[0]?.parts.find((p) => p.citations.length)
      ?.citations[0]
    if (!citation?.span) throw new Error('no citation')
    citation.span = { start: citation.span.start + 5, end: citation.span.end }
    expect(briefDrift({ brief, records, texts }).some((d) => d.includes('lacks'))).toBe(true)
  })
})
