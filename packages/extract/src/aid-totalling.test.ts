import { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const aid = (text: string, publishedAt = '2024-05-22'): Aid[] =>
  extract(text, { publishedAt, source: { id: 'src-sweden' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )
const amounts = (a: Aid | undefined) =>
  a?.claims.flatMap((c) =>
    c.fact === 'money' && c.value.kind === 'amount'
      ? [`${c.value.amount} ${c.value.currency}`]
      : [],
  )

describe('a sum "totalling"', () => {
  it('is the package’s own when the sentence tells no other payment', () => {
    const [found, ...rest] = aid(
      'The Swedish government has agreed on a framework of additional military support to Ukraine totalling 75 billion crowns (over 6 billion euros) over three years, Prime Minister Ulf Kristersson’s government announced.',
    )
    expect(rest).toEqual([])
    expect(amounts(found)).toEqual(['75000000000 SEK'])
  })

  it('is the package’s own beside a yearly rate, which is no payment', () => {
    const [found] = aid(
      'Sweden will give Ukraine three years of military support, 2024 to 2026, totalling SEK 75 billion (EUR 6.5 billion), SEK 25 billion a year, according to the Swedish government website.',
    )
    expect(amounts(found)).toEqual(['75000000000 SEK'])
  })
})

describe('aid drafts the store can hold', () => {
  // The store refused "Sweden pledges support" with no claim: a record's claims are its evidence.
  it.each([
    'The Swedish government has agreed on a framework of additional military support to Ukraine totalling 75 billion crowns (over 6 billion euros) over three years.',
    'The Finnish government will give Ukraine defence support worth 4 billion euros a year under a new four-year plan.',
    'Norway will provide Ukraine with NOK 15 billion annually until 2030.',
    'Sweden pledged more military support to Ukraine.',
  ])('%s', (text) => {
    for (const record of aid(text)) expect(Aid.safeParse(record).success).toBe(true)
  })

  it('reads what a state will "contribute" as its items', () => {
    const [found] = aid('The Dutch Defence Ministry will contribute 12 howitzers to Ukraine.')
    expect(found?.claims.find((c) => c.fact === 'item')?.value).toMatchObject({
      name: 'Howitzers',
      quantity: { value: 12 },
    })
  })
})
