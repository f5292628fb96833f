import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'
import { agendaIn, outcomesIn, proposalIn } from './talk-facts.ts'

const talks = (text: string, publishedAt: string): Talk[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )

describe('talks of other sides told beside the round', () => {
  it('keeps shuttle talks with each side apart, each a first round', () => {
    const found = talks(
      'U.S. and Russian officials concluded 12 hours of discussions in Riyadh on Monday. This followed nearly five hours of talks on Sunday between U.S. and Ukrainian representatives in the Saudi Arabian city, aimed at energy infrastructure.',
      '2025-03-25',
    )
    expect(found.map((t) => [...t.partyIds].sort())).toEqual([
      ['russia', 'united-states'],
      ['ukraine', 'united-states'],
    ])
    expect(found.map((t) => t.round)).toEqual([1, 1])
    expect(found[1]?.previousRoundId).toBeUndefined()
  })

  it('reads a session of the same talks as those talks', () => {
    const found = talks(
      'Delegations from the United States and Ukraine convened in Geneva on Sunday for talks. The talks began with a meeting between Ukrainian representatives and advisers from France and Germany.',
      '2025-11-24',
    )
    expect(found).toHaveLength(1)
  })

  it('takes the sides whose people met, with the broker, over states the aims name', () => {
    const [t] = talks(
      'U.S. and Russian officials concluded talks in Riyadh on Monday, concentrating on a ceasefire in the Black Sea involving Kyiv and Moscow.',
      '2025-03-25',
    )
    expect([...(t?.partyIds ?? [])].sort()).toEqual(['russia', 'united-states'])
  })
})

describe('sides of talks by the grammar of the sentence', () => {
  it('reads officials from listed states who convened as talks of those states', () => {
    const [t] = talks(
      'Senior officials from the United States, Europe and Ukraine convened in Geneva on Sunday to examine a draft peace proposal.',
      '2025-11-24',
    )
    expect(t?.venueId).toBe('ch-geneva')
    expect([...(t?.partyIds ?? [])].sort()).toEqual(['ukraine', 'united-states'])
  })

  it('keeps those who proposed at the talks as sides, not the side whose answer is awaited', () => {
    const [t] = talks(
      "The United States and Ukraine have proposed a 30-day ceasefire, contingent upon Russia's agreement, following high-level discussions held in Saudi Arabia on Tuesday.",
      '2025-03-12',
    )
    expect([...(t?.partyIds ?? [])].sort()).toEqual(['ukraine', 'united-states'])
    const proposal = t?.claims.find((c) => c.fact === 'outcome')
    expect(proposal?.fact === 'outcome' && proposal.value.text).not.toMatch(/following/)
  })
})

describe('the status of a round told without a verb of meeting', () => {
  const statuses = (text: string) =>
    talks(text, '2025-05-17').flatMap((t) =>
      t.claims.flatMap((c) => (c.fact === 'status' ? [c.value.status] : [])),
    )

  it('reads a round that reached an agreement as held', () => {
    expect(
      statuses(
        'Russia and Ukraine have agreed to swap 1,000 prisoners of war each at peace talks.',
      ),
    ).toEqual(['held'])
  })

  it('reads talks "being held" as held whatever else was announced', () => {
    expect(
      statuses(
        'The move was announced in light of a new round of in-person peace talks being held in Istanbul between Russia and Ukraine.',
      ),
    ).toEqual(['held'])
  })
})

describe('agenda and outcomes by their grammar', () => {
  it('reads the subject of "were discussed" and "focuses on" as agenda, not a place', () => {
    expect(
      agendaIn('the ceasefire and prisoner exchange were discussed during the talks').map(
        (a) => a.topic,
      ),
    ).toEqual(['Ceasefire', 'Prisoner exchange'])
    expect(agendaIn('The meeting focuses on a new 28-point proposal.').map((a) => a.topic)).toEqual(
      ['New 28-point proposal'],
    )
    expect(agendaIn('on the core terms of the agreement discussed in Geneva')).toEqual([])
  })

  it('reads agreements and understandings reached, and what the sides committed to', () => {
    expect(
      outcomesIn(
        'The parties stated that they had reached a number of agreements, including an exchange of prisoners.',
      ).map((o) => o.text),
    ).toEqual(['Exchange of prisoners'])
    expect(
      outcomesIn(
        'The delegations reached a “common understanding” on the main terms of the plan.',
      )[0]?.text,
    ).toBe('Common understanding on the main terms of the plan')
    expect(
      outcomesIn(
        'Russia and the US have committed to appointing ambassadors as soon as possible.',
      )[0]?.text,
    ).toBe('Appointing ambassadors as soon as possible')
  })

  it('reads progress made and an end without agreement as outcomes, not agenda', () => {
    const said = 'The parties made some progress on procedural issues, but key differences remain.'
    expect(outcomesIn(said).map((o) => o.text)).toEqual(['Some progress on procedural issues'])
    expect(agendaIn(said)).toEqual([])
    expect(
      outcomesIn(
        'The summit ended Friday without any agreement on the war, despite extended talks.',
      ).map((o) => o.text),
    ).toEqual(['Ended Friday without any agreement on the war'])
    expect(outcomesIn('He acknowledged that no deal had been reached.')[0]?.type).toBe('other')
  })

  it('keeps a list after a colon in one outcome, and a proposed plan is no proposal', () => {
    expect(
      outcomesIn(
        'Umerov said the parties agreed on a new exchange by category: wounded and ill, young people.',
      ),
    ).toHaveLength(1)
    expect(proposalIn('They reached an understanding on a proposed U.S. plan.')).toBeUndefined()
  })
})
