import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string, publishedAt = '2025-06-04'): Aid[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )

describe('aid', () => {
  it('reads a pledge: donor, items with their counts, money in another currency', () => {
    const [p] = aid(
      'Britain will provide Ukraine with 100,000 drones this financial year, Defence Secretary John Healey announced on Wednesday. The package is worth £350 million, the Ministry of Defence said.',
    )
    expect(p).toMatchObject({
      stage: 'pledge',
      donorIds: ['united-kingdom'],
      recipientId: 'ukraine',
      category: 'military',
    })
    const values = p?.claims.map((c) => [c.fact, c.value, c.assertedBy])
    expect(values).toEqual(
      expect.arrayContaining([
        [
          'item',
          { name: 'Drones', quantity: { qualifier: 'exact', value: 100_000, raw: '100,000' } },
          { type: 'actor', actorId: 'healey' },
        ],
        [
          'money',
          expect.objectContaining({ amount: 350_000_000, currency: 'GBP' }),
          { type: 'actor', actorId: 'uk-mod' },
        ],
      ]),
    )
  })

  it('tells requests, pledges and deliveries apart', () => {
    expect(
      aid('Zelensky said Ukraine needs more air defence systems.').map((a) => a.stage),
    ).toEqual(['request'])
    expect(
      aid(
        'Germany has delivered another IRIS-T air defence system to Ukraine, Pistorius said.',
      ).map((a) => a.stage),
    ).toEqual(['delivery'])
    expect(
      aid(
        'Canada will lend Ukraine 5 billion Canadian dollars, Prime Minister Justin Trudeau announced.',
      ).map((a) => [a.stage, a.category]),
    ).toEqual([['pledge', 'financial']])
  })

  it('keeps a pledge of money with no figure', () => {
    const [p] = aid(
      'Norwegian Prime Minister Jonas Gahr Støre declared his country’s willingness to make a considerable financial contribution to Ukraine’s air defence.',
    )
    expect(p?.donorIds).toEqual(['norway'])
    expect(p?.claims.find((c) => c.fact === 'money')?.value).toEqual({
      kind: 'unspecified',
      description: 'a considerable financial contribution',
    })
  })

  it('reads "will donate" as a pledge with its donor even with no amount or date', () => {
    const [p] = aid(
      'Norway will donate eight F-16 fighter jets to Ukraine, the prime minister said.',
    )
    expect(p).toMatchObject({ stage: 'pledge', donorIds: ['norway'] })
  })

  it('adds an amount given in the next sentence to the package', () => {
    const found = aid(
      'The Pentagon announced a new military aid package for Ukraine on Friday. It also gave the value of the aid: $90 million.',
    )
    expect(found.length).toBe(1)
    expect(found[0]?.claims.find((c) => c.fact === 'money')?.value).toMatchObject({
      amount: 90_000_000,
      currency: 'USD',
    })
  })

  it('takes the donors of a delivery from "Ukraine has received … from A, B and C"', () => {
    const [d] = aid(
      'So far, Ukraine has received the air defence systems from Poland, Norway and Germany.',
    )
    expect(d).toMatchObject({ stage: 'delivery' })
    expect(d?.donorIds).toEqual(['poland', 'norway', 'germany'])
  })

  it('takes every giver of a listed subject after "that", flagging names the dictionary lacks', () => {
    const [p] = aid(
      'The minister said at a press conference that Latvia and Norway would give Ukraine six more air defence systems.',
    )
    expect(p?.donorIds).toEqual(['latvia', 'norway'])
  })

  it('reads winter energy support as humanitarian and a tranche as financial', () => {
    expect(
      aid('Norway will give Ukraine €20 million for heating and shelters before winter.')[0]
        ?.category,
    ).toBe('humanitarian')
    expect(aid('Norway will provide Ukraine a €300 million tranche next month.')[0]?.category).toBe(
      'financial',
    )
  })

  it('makes one record of one payment named twice', () => {
    const found = aid(
      'Allies pledged at least €10 billion in military aid to Ukraine for next year. “We will provide at least €10 billion,” the leaders said in their declaration.',
    )
    expect(found.length).toBe(1)
  })

  it('takes the giver from the body that announces a package, and reads "announced on Friday a new"', () => {
    const [p] = aid(
      'The Pentagon announced on Friday a new $90 million package of air defence missiles for Ukraine.',
    )
    expect(p).toMatchObject({ stage: 'pledge', donorIds: ['united-states'] })
  })

  it('reads a package "announced by" a body, with what it "incl." and its amount', () => {
    const [p] = aid(
      'The package for Ukraine, worth $300 million, incl. artillery rounds, Javelin missiles and radars, was announced by the Pentagon on Friday.',
    )
    expect(p).toMatchObject({ stage: 'pledge', donorIds: ['united-states'] })
    expect(p?.claims.filter((c) => c.fact === 'item').map((c) => c.value.name)).toEqual([
      'Artillery rounds',
      'Javelin missiles',
      'Radars',
    ])
    expect(p?.claims.some((c) => c.fact === 'money')).toBe(true)
  })

  it('reads a delivery of vehicles and what "Ukraine should receive"', () => {
    expect(aid('Finland has delivered 12 armoured vehicles to Ukraine.')[0]).toMatchObject({
      stage: 'delivery',
    })
    const [p] = aid('Allies agreed that Ukraine should receive two more air defence systems.')
    expect(p?.claims.find((c) => c.fact === 'item')?.value).toMatchObject({
      name: 'Air defence systems',
      quantity: { value: 2 },
    })
  })

  it('keeps givers and verbs out of the items, and "for the needs of" is no request', () => {
    const [p] = aid(
      'Ukraine’s partners, including Poland and Norway, agreed to supply demining vehicles and fuel tankers to Ukraine.',
    )
    expect(p?.claims.filter((c) => c.fact === 'item').map((c) => c.value.name)).toEqual([
      'Demining vehicles',
      'Fuel tankers',
    ])
    expect(
      aid('Berlin approved the supply of Leopard 2 tanks for the needs of the Ukrainian army.')[0]
        ?.stage,
    ).toBe('pledge')
  })

  it('reads "adopted" and "will add" as a pledge', () => {
    expect(
      aid(
        'The Council adopted an assistance measure of €500 million for the Ukrainian armed forces.',
      )[0]?.stage,
    ).toBe('pledge')
  })

  it('titles a pledge by a giver the dictionary lacks with its name, in the singular', () => {
    expect(aid('Latvia will donate six radars to Ukraine.')[0]?.title).toBe('Latvia pledges Radars')
  })

  it('keeps "of which …" as a share of the amount, not a second payment', () => {
    const money = aid(
      'Denmark pledged a military package worth 4 billion Danish kroner to Ukraine, of which 1.5 billion kroner will be spent on artillery.',
    )
      .flatMap((a) => a.claims)
      .flatMap((c) => (c.fact === 'money' && c.value.kind === 'amount' ? [c.value] : []))
    expect(money.map((m) => [m.amount, m.currency])).toEqual([[4_000_000_000, 'DKK']])
  })

  it('reads "The $300 million package includes …" as the package just announced', () => {
    const [a, more] = aid(
      'The Pentagon announced a new security assistance package for Ukraine to meet its urgent battlefield needs. The $300 million package includes ammunition for HIMARS, Stinger missiles and spare parts.',
    )
    expect(more).toBeUndefined()
    expect(a?.stage).toBe('pledge')
    expect(a?.claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : []))).toEqual([
      'Ammunition for HIMARS',
      'Stinger missiles',
      'Spare parts',
    ])
  })

  it('reads what a package "will be used for" as its items', () => {
    const [a] = aid(
      'Sweden pledged a package worth 2 billion kronor to Ukraine. Part of it will be used for radar maintenance, artillery shells and mine-clearing equipment.',
    )
    expect(a?.claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : []))).toEqual([
      'Radar maintenance',
      'Artillery shells',
      'Mine-clearing equipment',
    ])
  })

  it('reads pledges worded as a transfer under way, a preparation, an agreement or an announcement', () => {
    for (const text of [
      'Denmark is transferring 900 million kroner to Ukraine for the repair of its power grid.',
      'Finland is preparing a new defence package for Ukraine, its 20th, worth 150 million euros.',
      'The Norwegian government has agreed on a framework of further military support to Ukraine worth 30 billion kroner over four years.',
      'The Dutch government announced 250 million euros for Ukraine as an energy package.',
      'Canada has announced its largest military aid package to Ukraine so far, 500 million dollars for air defence.',
    ])
      expect(
        aid(text).map((a) => a.stage),
        text,
      ).toEqual(['pledge'])
  })
})
