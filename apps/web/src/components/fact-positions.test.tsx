import { type Attack, actors, deriveFacts, places } from '@sitrep/domain'
import { istanbulTalksArticle, julyRound, seedDataset } from '@sitrep/domain/seed'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Dictionaries } from '../lib/api.ts'
import { FactPositions } from './fact-positions.tsx'

const dict: Dictionaries = {
  actor: (id) => actors.find((a) => a.id === id),
  place: (id) => places.find((p) => p.id === id),
  actors,
  places,
}
const sources = new Map([[istanbulTalksArticle.id, istanbulTalksArticle]])

/** The words a reader sees, tags dropped. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe('FactPositions shows origins and answers beside the claims', () => {
  it('says two relays of one TASS report are one origin, two reports, with TASS as the origin', () => {
    const tass = julyRound.claims.find((c) => c.id === 'r3-date-tass')
    if (!tass) throw new Error('no TASS claim')
    const [date] = deriveFacts({ ...julyRound, claims: [tass, { ...tass, id: 'r3-date-tass-2' }] })
    if (!date) throw new Error('no date')
    const text = textOf(
      renderToStaticMarkup(<FactPositions fact={date} dict={dict} sources={sources} />),
    )
    expect(text).toContain('2 pieces of evidence · 1 origin, 2 reports')
    expect(text).toContain('Origin TASS')
  })

  it('labels a correction of the Kyiv toll as such, beside the toll it answers', () => {
    const wave = seedDataset.records.find(
      (r): r is Attack => r.id === 'attack-ru-drones-ukraine-2025-07-21',
    )
    const kyiv = wave?.claims.find((c) => c.id === 'at1-killed-kyiv')
    if (!wave || kyiv?.fact !== 'killed') throw new Error('no Kyiv toll')
    const correction: Attack['claims'][number] = {
      ...kyiv,
      id: 'at1-killed-kyiv-correction',
      value: { qualifier: 'exact', value: 0, scope: 'ua-kyiv' },
      stance: { type: 'correction', answersClaimId: kyiv.id, answersAsserter: kyiv.assertedBy },
    }
    const [killed] = deriveFacts({ ...wave, claims: [kyiv, correction] })
    if (!killed) throw new Error('no killed')
    const html = renderToStaticMarkup(<FactPositions fact={killed} dict={dict} sources={sources} />)
    const text = textOf(html)
    expect(text).toMatch(/^ at least 1 in Kyiv .* 0 in Kyiv correction 1 piece of evidence/)
    expect(text).toContain('Correction of Ukrainian officials (Ukraine) ( the claim it answers )')
    expect(html).toContain('href="#claim-at1-killed-kyiv"')
    expect(html).toContain('id="claim-at1-killed-kyiv"')
  })
})
