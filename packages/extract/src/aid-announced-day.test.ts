import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const dates = (text: string, publishedAt: string) =>
  extract(text, { publishedAt, source: { id: 'src-announced' } }).flatMap((d) =>
    d.record.kind === 'aid'
      ? [
          (d.record as Aid).claims.flatMap((c) =>
            c.fact === 'date' && c.value.resolved ? [c.value.start] : [],
          ),
        ]
      : [],
  )

describe('the day an announcement was made, told after the aid', () => {
  it('dates the aid just told when the next sentence says when it was announced', () => {
    expect(
      dates(
        'Belgium will give Ukraine 60 million euros for demining equipment. Minister Theo Francken made the announcement on March 3 in Brussels.',
        '2025-03-04',
      ),
    ).toEqual([['2025-03-03']])
  })

  it('leaves aid already dated, and a sentence about something else, alone', () => {
    expect(
      dates(
        'On Monday, Belgium pledged 60 million euros to Ukraine for demining. The minister made the announcement on March 3 in Brussels.',
        '2025-03-04',
      ),
    ).toEqual([['2025-03-03']])
    expect(
      dates(
        'Belgium will give Ukraine 60 million euros for demining equipment. The minister visited Kyiv on March 3.',
        '2025-03-04',
      ),
    ).toEqual([[]])
  })
})
