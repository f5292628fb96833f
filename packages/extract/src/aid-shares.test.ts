import { describe, expect, it } from 'vitest'
import { shareOfAllAid } from './aid-shares.ts'
import { extract } from './extract.ts'

const aid = (text: string) =>
  extract(text, { publishedAt: '2024-10-03', source: { id: 's' } }).filter(
    (d) => d.record.kind === 'aid',
  )

describe('a share of all the aid given', () => {
  it.each([
    [
      'Rutte said 99 percent of the security assistance Ukraine has received comes from NATO members.',
      true,
    ],
    ['NATO has provided 75% of all missiles that have reached Ukraine.', true],
    ['Germany will pay 50 percent of the aid package worth €100 million.', false],
    ['Denmark will send 15,000 shells to Ukraine.', false],
  ])('%s → %s', (text, share) => {
    expect(shareOfAllAid(text)).toBe(share)
  })

  it('makes no aid record of the statistic', () => {
    expect(
      aid(
        'Allies said that 90 percent of the military aid Ukraine has received comes from Europe.',
      ),
    ).toHaveLength(0)
  })
})
