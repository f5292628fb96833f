import type { Aid, Draft } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const drafts = (text: string, publishedAt = '2025-06-04'): Draft[] =>
  extract(text, { publishedAt, source: { id: 's' } }).filter((d) => d.record.kind === 'aid')
const aid = (text: string): Aid[] =>
  drafts(text).flatMap((d) => (d.record.kind === 'aid' ? [d.record] : []))

describe('aid donors', () => {
  it('takes a state the dictionary lacks as the giver, flagging its name', () => {
    const [d] = drafts(
      'Iceland said on Tuesday it has shipped 40 more mobile generators to Ukraine.',
    )
    expect(d?.record).toMatchObject({ stage: 'delivery', donorIds: ['new-iceland'] })
    expect(d?.newNames.map((n) => n.name)).toContain('Iceland')
  })

  it('knows the states that give Ukraine aid', () => {
    const [d] = drafts('Japan said on Tuesday it has shipped 40 more mobile generators to Ukraine.')
    expect(d?.record).toMatchObject({ stage: 'delivery', donorIds: ['japan'] })
    expect(d?.newNames).toEqual([])
    expect(aid('Sweden is transferring 2 billion kronor to Ukraine.')[0]?.donorIds).toEqual([
      'sweden',
    ])
    expect(aid('The Czech Republic will send Ukraine more shells.')[0]?.donorIds).toEqual([
      'czechia',
    ])
  })

  it('keeps the minister closing the sentence as its speaker, and a venue’s state out of it', () => {
    const [pledge] = aid(
      'Denmark announced a new package for Ukraine worth 2 billion kroner on Friday, Defence Minister Anna Berg told reporters in Copenhagen.',
    )
    expect(pledge?.donorIds).toEqual(['denmark'])
    expect(pledge?.claims[0]?.assertedBy).toEqual({ type: 'actor', actorId: 'new-anna-berg' })
    const [uk] = aid(
      'Britain will send Ukraine 5,000 shells, the Defence Secretary said at a meeting in Brussels. The package is worth £20 million, the Ministry of Defence said.',
    )
    expect(uk?.donorIds).toEqual(['united-kingdom'])
    expect(JSON.stringify(uk?.claims.map((c) => c.assertedBy))).not.toContain('belgium')
  })

  it('lists every state after "received … from", known or not', () => {
    const [d] = aid('Kyiv has received the shells from Portugal, Spain and Germany.')
    expect(d?.donorIds).toEqual(['portugal', 'spain', 'germany'])
  })

  it('gives the host of a visit and the country of a dateline nothing', () => {
    expect(
      aid('LISBON, Portugal – Germany will send Ukraine ten more howitzers.')[0]?.donorIds,
    ).toEqual(['germany'])
    expect(
      aid(
        'During a visit to Spain, Chancellor Scholz said Germany will send Ukraine more shells.',
      )[0]?.donorIds,
    ).toEqual(['germany'])
  })
})

describe('aid givers named through their bodies, and what they give', () => {
  it('reads "the Danish government" and "the Dutch defence ministry" as their states', () => {
    expect(
      aid('The Danish government decided on Friday to allot €30 million for Ukraine’s army.')[0],
    ).toMatchObject({ stage: 'pledge', donorIds: ['denmark'] })
    expect(
      aid('The Dutch Defence Ministry will contribute 12 howitzers to Ukraine.')[0]?.donorIds,
    ).toEqual(['netherlands'])
  })

  it('counts what the subject names as delivered ("Forty ambulances donated by Spain arrived")', () => {
    const [d] = aid('Forty ambulances donated by Spain arrived in Ukraine on Monday.')
    expect(d).toMatchObject({ stage: 'delivery', donorIds: ['spain'] })
    expect(d?.claims.find((c) => c.fact === 'item')?.value).toMatchObject({
      name: 'Ambulances',
      quantity: { value: 40 },
    })
  })

  it('reads commitments a fund has received as pledged, not delivered', () => {
    expect(
      aid('The fund for Ukraine’s air defence has received commitments worth $2 billion.')[0]
        ?.stage,
    ).toBe('pledge')
  })
})

describe('the other side of Ukraine’s own deal', () => {
  it('gives a loan Ukraine signed "with" a state to that state, and no other named after', () => {
    const [loan] = aid(
      'Ukraine has signed a €400 million loan agreement with Italy amid the ongoing war with Russia.',
    )
    expect(loan?.donorIds).toEqual(['italy'])
  })
})

describe('aid for someone else', () => {
  it('proposes no aid from an article that never names Ukraine or the war', () => {
    expect(aid('Japan pledged $200 million in humanitarian aid to Gaza on Monday.')).toEqual([])
  })

  it('skips a sentence sending aid to another country, keeping Ukraine’s', () => {
    const found = aid(
      'Norway will give €50 million to Moldova for its energy security. Norway will also give Ukraine €20 million for generators.',
    )
    expect(found.map((a) => a.claims.find((c) => c.fact === 'money')?.value)).toEqual([
      expect.objectContaining({ amount: 20_000_000 }),
    ])
  })
})

describe('capitals the gazetteer does not hold', () => {
  it('reads "Tokyo" and "The Hague" as the states they seat', () => {
    const donors = (text: string) =>
      extract(text, { publishedAt: '2024-06-12', source: { id: 's' } }).flatMap((d) =>
        d.record.kind === 'aid' ? d.record.donorIds : [],
      )
    expect(donors('Tokyo will provide $4.5 billion in additional assistance to Ukraine.')).toEqual([
      'japan',
    ])
    expect(donors('The Hague will send 20 more tanks to Ukraine.')).toEqual(['netherlands'])
  })
})
