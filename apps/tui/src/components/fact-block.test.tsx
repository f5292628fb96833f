import { type Attack, deriveFacts, talkStatuses } from '@sitrep/domain'
import { julyRound } from '@sitrep/domain/seed'
import { render } from 'ink-testing-library'
import { describe, expect, it } from 'vitest'
import { plain, seedNames, seedRecord } from '../testing/fixtures.ts'
import { FactBlock } from './fact-block.tsx'

const factOf = (id: string, fact: string) => {
  const found = deriveFacts(seedRecord(id).record).filter((f) => f.fact === fact)
  if (!found[0]) throw new Error(`no ${fact} on ${id}`)
  return found
}

describe('FactBlock', () => {
  it('shows the July round date as two positions side by side: Zelensky’s Wednesday, TASS’s Thursday', () => {
    const [date] = factOf('talk-istanbul-2025-07', 'date')
    if (!date) throw new Error('no date')
    const frame = plain(render(<FactBlock fact={date} names={seedNames} />).lastFrame())
    expect(frame).toContain('DISPUTED (2 positions)')
    const valueLine = frame.split('\n').find((l) => l.includes('2025-07-23'))
    expect(valueLine).toContain('2025-07-24')
    expect(frame).toContain('source: TASS')
    expect(frame).toContain('Volodymyr Zelensky citing')
    expect(frame).toContain('an unnamed source')
    expect(frame).toContain('named official')
  })

  it('lists every source of a corroborated fact with its attribution', () => {
    const [status] = factOf('talk-istanbul-2025-07', 'status')
    if (!status) throw new Error('no status')
    const frame = plain(render(<FactBlock fact={status} names={seedNames} />).lastFrame())
    // The domain's one talk status (talkStatuses), as the web's list and `sitrep stats` say it:
    // an announcement and a same-day confirmation read "confirmed".
    const [shown] = talkStatuses(seedRecord('talk-istanbul-2025-07').record)
    expect(shown?.status).toBe('confirmed')
    expect(frame).toContain('status: confirmed as of 2025-07-21')
    expect(frame).toContain('(corroborated: 3 independent origins)')
    expect(frame).toMatch(/Volodymyr Zelensky citing Rustem Umerov, named official/)
  })

  it('shows two outlets relaying one TASS report as one origin, two reports, not corroborated', () => {
    const tass = julyRound.claims.find((c) => c.id === 'r3-date-tass')
    if (!tass) throw new Error('no TASS claim')
    const relayed = { ...julyRound, claims: [tass, { ...tass, id: 'r3-date-tass-copy' }] }
    const [date] = deriveFacts(relayed).filter((f) => f.fact === 'date')
    if (!date) throw new Error('no date')
    const frame = plain(render(<FactBlock fact={date} names={seedNames} />).lastFrame())
    expect(frame).toContain('(1 origin, 2 reports)')
    expect(frame).not.toContain('corroborated')
    expect(frame).toContain('via TASS (origin)')
  })

  it('labels a later correction of the Kyiv toll beside the claim it answers', () => {
    const wave = seedRecord('attack-ru-drones-ukraine-2025-07-21').record
    if (wave.kind !== 'attack') throw new Error('not an attack')
    const kyiv = wave.claims.find((c) => c.id === 'at1-killed-kyiv')
    if (kyiv?.fact !== 'killed') throw new Error('no Kyiv toll')
    const correction: Attack['claims'][number] = {
      ...kyiv,
      id: 'at1-killed-kyiv-correction',
      value: { qualifier: 'exact', value: 0, scope: 'ua-kyiv' },
      stance: { type: 'correction', answersClaimId: kyiv.id, answersAsserter: kyiv.assertedBy },
    }
    const [killed] = deriveFacts({ ...wave, claims: [kyiv, correction] })
    if (!killed) throw new Error('no killed')
    const frame = plain(render(<FactBlock fact={killed} names={seedNames} />).lastFrame())
    expect(frame).toContain('DISPUTED (2 positions)')
    // the label sits above the correction's value, the answered value level with it
    expect(frame.split('\n')[1]).toMatch(/^\s+CORRECTION\s*$/)
    expect(frame.split('\n')[2]).toMatch(/^at least 1 \(Kyiv\)\s+0 \(Kyiv\)/)
    expect(frame).toContain('CORRECTION OF UKRAINIAN OFFICIALS')
  })

  it('keeps the Kyiv and nationwide death tolls apart as two facts, neither disputed', () => {
    const killed = factOf('attack-ru-drones-ukraine-2025-07-21', 'killed')
    expect(killed.length).toBeGreaterThan(1)
    const frames = killed.map((f) =>
      plain(render(<FactBlock fact={f} names={seedNames} />).lastFrame()),
    )
    expect(frames.join('\n')).not.toContain('DISPUTED')
    expect(frames.some((f) => f.includes('Kyiv'))).toBe(true)
    expect(frames.some((f) => f.includes('Ukraine'))).toBe(true)
  })
})
