import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string, publishedAt?: string): Aid[] =>
  extract(text, {
    ...(publishedAt ? { publishedAt } : {}),
    source: { id: 'src-drawdown' },
  }).flatMap((d) => (d.record.kind === 'aid' ? [d.record] : []))
const facts = (a: Aid | undefined, fact: string) =>
  a?.claims.flatMap((c) => {
    if (c.fact !== fact) return []
    if (c.fact === 'money' && c.value.kind === 'amount')
      return [`${c.value.qualifier} ${c.value.amount} ${c.value.currency}`]
    if (c.fact === 'item') {
      const q = c.value.quantity
      return [`${q && 'value' in q ? `${q.qualifier} ${q.value} ` : ''}${c.value.name}`]
    }
    if (c.fact === 'date' || c.fact === 'period')
      return [c.value.resolved ? `${c.value.start}/${c.value.precision}` : c.value.precision]
    return []
  })

describe('a drawdown announced, then priced in "This includes …"', () => {
  it('reads "announced critical new security assistance" as a pledge and the next sentence’s sum as its', () => {
    const [found, ...rest] = aid(
      'The Pentagon announced urgent new security assistance for Ukraine on Tuesday. This includes mortar rounds and demining equipment valued at up to $150 million.',
      '2024-03-14',
    )
    expect(rest).toEqual([])
    expect(found?.stage).toBe('pledge')
    expect(facts(found, 'money')).toEqual(['at-most 150000000 USD'])
    expect(facts(found, 'date')).toEqual(['2024-03-12/day'])
  })

  it('takes no date from "since August 2021", which counts drawdowns, not this one', () => {
    const [found] = aid(
      'The Pentagon announced a drawdown worth $90 million for Ukraine, the twentieth since August 2021.',
      '2023-02-03',
    )
    expect(facts(found, 'money')).toEqual(['exact 90000000 USD'])
    expect(facts(found, 'date')).toEqual([])
  })
})

describe('deliveries counted against what went before', () => {
  it('reads "adding to the more than … already delivered" as a total so far, not a sum paid', () => {
    const [found] = aid(
      'Slovakia has delivered 12 more howitzers to Ukraine, adding to the more than 600 million euros in aid that Bratislava has already sent.',
    )
    expect(facts(found, 'money')).toEqual([])
    expect(facts(found, 'item')).toEqual(['exact 12 Howitzers'])
  })

  it('keeps "more than 40 more" a count of the things, and "more than just" no thing', () => {
    const [first] = aid('Romania has delivered more than 40 more T-72 tanks to Ukraine.')
    expect(facts(first, 'item')).toEqual(['over 40 T-72 tanks'])
    const [second] = aid(
      'Greece unveiled a $30 million package for Ukraine, which would include more than just the rifles.',
    )
    expect(facts(second, 'item')).toEqual([])
  })
})

describe('the department by its short name', () => {
  it('reads "The DOD said" as the Department of Defense, and "as it battles Russia" as no thing', () => {
    const drafts = extract(
      'The Pentagon announced a $300 million package for Ukraine’s defense needs as it battles Russia. The DOD said the package includes mortar rounds.',
      { source: { id: 'src-dod' } },
    )
    const speakers = drafts.flatMap((d) =>
      d.record.kind === 'statement' && d.record.speaker.type === 'actor'
        ? [d.record.speaker.actorId]
        : [],
    )
    expect(speakers).toContain('us-defense-department')
    const [found] = drafts.flatMap((d) => (d.record.kind === 'aid' ? [d.record] : []))
    expect(facts(found, 'item')).not.toContain('As it battles Russia')
  })
})
