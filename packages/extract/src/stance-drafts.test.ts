import { type Attack, deriveFact, type Statement } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

/** An article of our own words: a toll, its later correction, and denials. */
const ARTICLE = `Russian drones struck Kharkiv overnight into Monday, killing three people and injuring 10, the regional governor said.

The regional governor later said the toll was zero.

Officials later revised the number of injured to 12.

Russia's defence ministry denied targeting civilians.

The Kremlin dismissed the report that five people were killed as fake.`

const drafts = extract(ARTICLE, { publishedAt: '2025-07-21', source: { id: 'src-own' } })
const attack = drafts.map((d) => d.record).find((r): r is Attack => r.kind === 'attack')
const statements = drafts.map((d) => d.record).filter((r): r is Statement => r.kind === 'statement')

/** A position as read here: its value and its label, the label present even when unset. */
const shown = (p: { value: unknown; stance?: string }) => ({ value: p.value, stance: p.stance })

describe('extract keeps corrections and denials as competing claims', () => {
  it('reads "later said the toll was zero" as a correction beside the three killed it answers', () => {
    if (!attack) throw new Error('no attack drafted')
    const killed = deriveFact(attack, 'killed', 'ua-kharkiv|*')
    expect(killed?.status).toBe('disputed')
    expect(killed?.positions.map(shown)).toMatchObject([
      { value: { value: 3 }, stance: undefined },
      { value: { value: 0 }, stance: 'correction' },
    ])
    const [answered, correction] = killed?.positions.flatMap((p) => p.claims) ?? []
    expect(correction?.stance).toEqual({
      type: 'correction',
      answersClaimId: answered?.id,
      answersAsserter: answered?.assertedBy,
    })
  })

  it('reads "revised the number of injured to 12" as a correction of the 10 injured', () => {
    const injured = attack && deriveFact(attack, 'injured', 'ua-kharkiv|*')
    expect(injured?.positions.map(shown)).toMatchObject([
      { value: { value: 10 }, stance: undefined },
      { value: { value: 12 }, stance: 'correction' },
    ])
  })

  it('takes no figure from a denial: the five killed is the report denied, not the Kremlin’s', () => {
    const values = attack?.claims.flatMap((c) =>
      c.fact === 'killed' && 'value' in c.value ? [c.value.value] : [],
    )
    expect(values).toEqual([3, 0])
  })

  it('keeps a denial of the event as the denier’s statement about the attack, marked a denial', () => {
    const denials = statements.filter((st) => st.claims.some((c) => c.stance?.type === 'denial'))
    expect(denials.map((st) => st.speaker)).toEqual([
      { type: 'actor', actorId: 'ru-mod' },
      { type: 'actor', actorId: 'kremlin' },
    ])
    for (const st of denials) expect(st.aboutIds).toEqual([attack?.id])
  })
})
