import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const told = (text: string) =>
  extract(text, { source: { id: 'src-share' } }).flatMap((d) =>
    d.record.kind === 'aid'
      ? [
          {
            donors: (d.record as Aid).donorIds,
            money: (d.record as Aid).claims.flatMap((c) =>
              c.fact === 'money' && c.value.kind === 'amount' ? [c.value.amount] : [],
            ),
          },
        ]
      : [],
  )

describe('a sum split between Ukraine and elsewhere', () => {
  it('gives Ukraine the share its words send there', () => {
    expect(
      told(
        'Sweden announced SEK 500 million in humanitarian aid, of which SEK 420 million will go to relief work in Ukraine and SEK 80 million to refugees in Moldova.',
      ),
    ).toEqual([{ donors: ['sweden'], money: [420000000] }])
  })

  it('keeps a share of Ukraine’s own aid a share, not the payment', () => {
    expect(
      told(
        'Denmark will give Ukraine a package worth DKK 3 billion, of which DKK 1 billion will be spent on air defence.',
      ),
    ).toEqual([{ donors: ['denmark'], money: [3000000000] }])
  })
})
