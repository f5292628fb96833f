import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { paymentClauses } from './aid-payments.ts'
import { extract } from './extract.ts'

const aid = (text: string, publishedAt = '2025-06-04'): Aid[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )
const amounts = (a: Aid | undefined) =>
  a?.claims.flatMap((c) =>
    c.fact === 'money' && c.value.kind === 'amount' ? [c.value.amount] : [],
  )

describe('payments listed in one sentence', () => {
  it('cuts a list of payments into one clause per payment, and leaves other sentences whole', () => {
    const text =
      'The first loan was paid by Spain for €20 million, the second by Italy for €30 million.'
    expect(paymentClauses(text, 0).map((c) => c.content.trim())).toEqual([
      'The first loan was paid by Spain for €20 million,',
      'the second by Italy for €30 million.',
    ])
    const one = 'Germany, the largest donor in Europe, will send €40 million.'
    expect(paymentClauses(one, 0)).toHaveLength(1)
  })

  it('makes a record per payment with its own givers, known or not', () => {
    const found = aid(
      'The first batch for Ukraine was funded by Portugal for $120 million, the second by Norway and Finland for $90 million, and the third, also for $90 million, was announced by Spain.',
    )
    expect(found.map((a) => [a.donorIds, amounts(a)])).toEqual([
      [['portugal'], [120_000_000]],
      [['norway', 'finland'], [90_000_000]],
      [['spain'], [90_000_000]],
    ])
  })

  it('gives a payment named in passing the giver of the main one, not its dates', () => {
    const found = aid(
      'Germany will provide Ukraine with €2 billion this year, with a further €5 billion pledged until 2030. The new package includes six radars equipped with 200 missiles and 40 howitzers.',
    )
    expect(found).toHaveLength(2)
    const [aside, main] = found
    expect(aside?.donorIds).toEqual(['germany'])
    expect(amounts(aside)).toEqual([5_000_000_000])
    const periods = (a: Aid | undefined) =>
      a?.claims.flatMap((c) => (c.fact === 'period' && c.value.resolved ? [c.value.start] : []))
    expect(periods(aside)).not.toContain('2025-01-01')
    expect(periods(main)).toEqual(['2025-01-01'])
    expect(amounts(main)).toEqual([2_000_000_000])
    expect(main?.claims.flatMap((c) => (c.fact === 'item' ? [c.value.name] : []))).toEqual([
      'Radars',
      'Missiles',
      'Howitzers',
    ])
  })
})

describe('who gives and where', () => {
  it('takes the state of the official whose own words are the pledge', () => {
    const [p] = aid(
      'Speaking in Brussels, German Defence Minister Boris Pistorius unveiled a €500 million package of air defence missiles for Ukraine.',
    )
    expect(p?.donorIds).toEqual(['germany'])
  })

  it('reads the meeting number of the contact group', () => {
    const [p] = aid(
      'At the 31st Ukraine Defense Contact Group meeting, Norway pledged €100 million for drones.',
    )
    expect(p?.forum?.meetingNumber).toBe(31)
  })
})

describe('amounts that are no payment', () => {
  it('leaves out a running total ("bringing the total to …", "on top of …")', () => {
    const [p] = aid(
      'Norway will add €300 million to its fund for Ukraine, bringing the total to €1.5 billion.',
    )
    expect(amounts(p)).toEqual([300_000_000])
    const [q] = aid(
      'Britain will send Ukraine 50 more drones, on top of more than £3 billion of aid sent since 2022, and £20 million for repairs.',
    )
    expect(amounts(q)).toEqual([20_000_000])
  })

  it('takes the givers from where the items come from when no giver is the subject', () => {
    const [p] = aid(
      'Allies will send Ukraine three more air defence systems, two from Spain and one from Germany.',
    )
    expect(p?.donorIds).toEqual(['spain', 'germany'])
  })

  it('dates a payment due "next week" by that week when no day is named', () => {
    const [p] = aid(
      'Ukraine will receive a €2 billion tranche from the fund next week.',
      '2025-06-04',
    )
    expect(p?.claims.find((c) => c.fact === 'date')?.value).toMatchObject({
      start: '2025-06-09',
      precision: 'week',
    })
  })
})
