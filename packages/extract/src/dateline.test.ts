import { describe, expect, it } from 'vitest'
import { datelineEnd, reportStart } from './dateline.ts'
import { extract } from './extract.ts'

describe('a dateline opening a report', () => {
  it.each([
    ['OSLO, Mar 3 (Wire) - The ministry said', 'OSLO, Mar 3'],
    ['WARSAW. Dec 26 (Agency) - Twenty generators arrived', 'WARSAW. Dec 26'],
    ['NEW DELHI, Feb. 9 (Agency) -- Talks began', 'NEW DELHI, Feb. 9'],
    ['RIGA, May 5. /Agency/. The minister said', 'RIGA, May 5'],
    ['Vilnius, Oct 8 (Agency).- The minister said', 'Vilnius, Oct 8'],
    ['TALLINN, 4 April 2024 – The government said', 'TALLINN, 4 April 2024'],
    ['Oslo, May 18, (Wire/Paper) - An envoy held talks', 'Oslo, May 18'],
  ])('ends after the day of "%s"', (text, dateline) => {
    expect(datelineEnd(text)).toBe(dateline.length)
  })

  it('starts the report past a comma before the credit', () => {
    const text = 'Oslo, May 18, (Wire/Paper) - An envoy held talks'
    expect(text.slice(reportStart(text))).toBe('An envoy held talks')
  })

  it('finds none in a sentence that opens with a place and a day as its subject', () => {
    expect(datelineEnd('On March 3, the ministry said')).toBe(0)
    expect(datelineEnd('Oslo, the capital, said on March 3 that')).toBe(0)
  })
})

describe('the day of a dateline is no day of the aid or talks reported', () => {
  const kinds = (text: string) =>
    extract(text, { publishedAt: '2026-01-24', source: { id: 's' } }).map((d) => d.record)

  it('gives aid handed over no date from the dateline', () => {
    const [a] = kinds('OSLO, Jan 24 (Wire) - Norway has handed over 12 howitzers to Ukraine.')
    expect(a?.kind === 'aid' && a.claims.some((c) => c.fact === 'date')).toBe(false)
  })

  it('gives talks that took place no date from the dateline', () => {
    const [t] = kinds(
      'GENEVA, Jan 24 (Wire) - A meeting of the delegations of Ukraine and Russia took place in Geneva.',
    )
    expect(t?.kind).toBe('talk')
    expect(t?.claims.some((c) => c.fact === 'date')).toBe(false)
  })
})

describe('a dateline is no part of the first statement', () => {
  const statementsOf = (text: string) =>
    extract(text, { publishedAt: '2026-01-24', source: { id: 's' } }).flatMap((d) =>
      d.record.kind === 'statement' ? [d.record] : [],
    )

  it('starts the words after the agency credit', () => {
    const [s] = statementsOf(
      'LVIV, Jan 24 (Wire) - Ukraine downed 30 Russian drones overnight, the air force said.',
    )
    expect(s?.speaker).toEqual({ type: 'actor', actorId: 'ua-air-force' })
    expect(s?.text).toBe('Ukraine downed 30 Russian drones overnight')
  })

  it('skips a credit between slashes', () => {
    expect(reportStart('KURSK, March 2. /Agency/. The governor said')).toBe(
      'KURSK, March 2. /Agency/. '.length,
    )
  })
})
