import type { Talk } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const talks = (text: string, publishedAt?: string): Talk[] =>
  extract(text, { ...(publishedAt ? { publishedAt } : {}), source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'talk' ? [d.record] : [],
  )

describe('talk parties and claims', () => {
  it('takes the sides of the war named as its sides for no party of the talks', () => {
    const [t] = talks(
      'French and Russian diplomats held talks in Geneva on Thursday, the first since Russia’s full-scale invasion of Ukraine.',
      '2025-04-11',
    )
    expect(t?.partyIds).toEqual(['france', 'russia'])
  })

  it('keeps to the sides named after "between"', () => {
    const [t] = talks(
      'Trump and Putin spoke by phone on Tuesday, while direct talks between delegations from Kyiv and Moscow were under way in Istanbul.',
      '2025-05-15',
    )
    expect(t?.partyIds).toEqual(['ukraine', 'russia'])
  })

  it('counts one fact said twice once, and a round held and ended as concluded', () => {
    const [t] = talks(
      'On Monday, Ukrainian and Russian delegations held talks in Minsk on Monday. The talks ended after five hours.',
      '2025-03-03',
    )
    expect(t?.claims.map((c) => [c.fact, c.fact === 'status' ? c.value.status : ''])).toEqual([
      ['date', ''],
      ['status', 'concluded'],
    ])
  })

  it('seats the state that brokers the talks as a side', () => {
    const [t] = talks(
      'Ukrainian and Russian negotiators began a new round of US-brokered talks in Doha on Monday.',
      '2025-03-04',
    )
    expect([...(t?.partyIds ?? [])].sort()).toEqual(['russia', 'ukraine', 'united-states'])
  })

  it('names the heads of delegations "headed by" or "led by" someone, past a title', () => {
    const [t] = talks(
      'Russia and Ukraine held talks in Istanbul on Monday. The Ukrainian delegation was headed by Defence Minister Rustem Umerov, while the Russian delegation, led by Vladimir Medinsky, arrived late.',
      '2025-06-03',
    )
    expect(t?.delegations).toEqual([
      { partyId: 'russia', headId: 'medinsky' },
      { partyId: 'ukraine', headId: 'umerov' },
    ])
  })

  it('names the head of a side\'s team "led by" someone', () => {
    const [t] = talks(
      'Russia and Ukraine held talks in Istanbul on Monday. The Ukrainian team, led by Rustem Umerov, asked for a ceasefire.',
      '2025-06-03',
    )
    expect(t?.delegations).toContainEqual({ partyId: 'ukraine', headId: 'umerov' })
  })
})
