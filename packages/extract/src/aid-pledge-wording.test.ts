import type { Aid, Statement } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const drafts = (text: string) => extract(text, { source: { id: 's' } }).map((d) => d.record)
const aid = (text: string): Aid[] => drafts(text).flatMap((r) => (r.kind === 'aid' ? [r] : []))
const amounts = (a: Aid | undefined) =>
  a?.claims.flatMap((c) =>
    c.fact === 'money' && c.value.kind === 'amount' ? [c.value.amount] : [],
  )

describe('aid pledged in an announcement’s own words', () => {
  it.each([
    'Canada has revealed a new $50 million military aid package for Ukraine.',
    'Washington has authorized a $200 million package of artillery ammunition for Ukraine.',
    'The president has signed a memorandum of $30 million in military aid to Ukraine.',
    'The Pentagon is also announcing today $300 million in additional assistance for Ukraine.',
  ])('reads a pledge and its amount: %s', (text) => {
    const [a] = aid(text)
    expect(a?.stage).toBe('pledge')
    expect(amounts(a)).toHaveLength(1)
  })

  it('reads "brings total … to an unprecedented $X" as a running total, not a payment', () => {
    const found = aid(
      'Norway will give Ukraine $40 million for air defence. This brings total Norwegian military aid to Ukraine to an unprecedented $2.1 billion.',
    )
    expect(found).toHaveLength(1)
    expect(amounts(found[0])).toEqual([40_000_000])
  })

  it('leaves the office out of "Secretary of State <name>"', () => {
    const [st] = drafts(
      'Secretary of State Jane Doerr said the $60 million package would provide Ukraine with more air defence.',
    ).filter((r): r is Statement => r.kind === 'statement')
    expect(st?.speaker).toEqual({ type: 'actor', actorId: 'new-jane-doerr' })
  })

  it('gives the words before "This is stated on the website of X" to X', () => {
    const [a] = aid(
      'Lithuania will give Ukraine €10 million for drones.\nThis is stated on the website of the Ministry of National Defence of Lithuania.',
    )
    expect(a?.claims.find((c) => c.fact === 'money')?.assertedBy).toEqual({
      type: 'actor',
      actorId: 'new-ministry-of-national-defence-of-lithuania',
    })
  })
})

describe('items named by the words a package is described with', () => {
  const items = (text: string) =>
    aid(text)
      .flatMap((a) => a.claims)
      .flatMap((c) => (c.fact === 'item' ? [c.value.name] : []))

  it.each([
    ['Canada will send a package encompassing drones, radars and winter clothing to Ukraine.'],
    ['Canada will send a package comprising drones, radars and winter clothing to Ukraine.'],
    [
      'Canada will send Ukraine a package worth $20 million including drones, radars and winter clothing.',
    ],
  ])('reads the list of "%s"', (text) => {
    expect(items(text)).toEqual(['Drones', 'Radars', 'Winter clothing'])
  })

  it('reads no item from a date after the verb ("pledged last April")', () => {
    expect(items('Britain pledged last April a further $50 million for Ukraine.')).not.toContain(
      'Last April',
    )
  })
})

describe('forums without a Ramstein number', () => {
  it('reads a NATO summit named by the sentence that repeats the amount', () => {
    const [a] = aid(
      'NATO countries decided on Wednesday to allocate at least €30 billion in military aid to Ukraine. "We intend to allocate at least €30 billion next year," the allies said at the NATO summit in Vilnius.',
    )
    expect(a?.forum).toEqual({ name: 'NATO summit', chairIds: [] })
  })
})

describe('givers and totals around a head of state', () => {
  it('gives "US President Joe Biden has signed …" to the United States', () => {
    const [a] = aid(
      'US President Joe Biden has signed a memorandum of $80 million in military aid to Ukraine.',
    )
    expect(a?.donorIds).toEqual(['united-states'])
  })

  it('reads a running total through an abbreviation ("total U.S. assistance to …")', () => {
    const found = aid(
      'Washington will send Ukraine $50 million in aid. This brings total U.S. military assistance to Ukraine to an unprecedented $21.9 billion.',
    )
    expect(found).toHaveLength(1)
  })
})

describe('money set aside, in crowns, and the ministry of the giving state', () => {
  it('reads "has set aside 500 million crowns" as a pledge in the giver’s crowns', () => {
    const [a] = aid('Denmark has set aside 500 million crowns for Ukraine.')
    expect(a?.stage).toBe('pledge')
    expect(a?.claims.find((c) => c.fact === 'money')?.value).toMatchObject({
      amount: 500_000_000,
      currency: 'DKK',
    })
  })

  it('gives "…, the foreign ministry said" to the ministry of the state the sentence opens with', () => {
    const [st] = drafts('Poland will send Ukraine 20 tanks, the foreign ministry said.').filter(
      (r): r is Statement => r.kind === 'statement',
    )
    expect(st?.speaker).toMatchObject({ type: 'unnamed', affiliationId: 'poland' })
  })
})
