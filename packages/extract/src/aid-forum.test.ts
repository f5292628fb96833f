import type { Aid } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { forumIn } from './aid-forum.ts'
import { extract } from './extract.ts'

const aid = (text: string): Aid[] =>
  extract(text, { publishedAt: '2023-07-11', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'aid' ? [d.record] : [],
  )

describe('the forum aid was raised at', () => {
  it('takes the forum from the sentence that says who announced the package, and where', () => {
    const [a] = aid(
      'Germany has confirmed the transfer to Ukraine of a new aid package worth about €700 million.\nThis was stated by German Defense Minister Boris Pistorius during the NATO summit in Vilnius.',
    )
    expect(a?.forum?.name).toBe('NATO summit')
  })

  it('knows the contact group told as what it is', () => {
    expect(
      forumIn(
        'The minister spoke at a virtual meeting of countries providing military assistance to Ukraine.',
      )?.meetingNumber,
    ).toBeUndefined()
    expect(forumIn('after a meeting of the Contact Group on the Defense of Ukraine')).toBeDefined()
  })
})
