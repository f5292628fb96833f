import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

/** A speaker line that ends in a colon, and the quote paragraph it introduces (issue #15). */
const drafts = (text: string) => extract(text, { source: { id: 't' } }).map((d) => d.record)

describe('a quote paragraph after "X wrote on Telegram:"', () => {
  const text =
    'Russian missiles struck Kharkiv on Monday.\nMayor Ihor Terekhov wrote on Telegram:\n“Two missiles hit the city centre. Five people are known to have been injured.”'

  it('reads the colon line as prose, not a headline, so the quote is the mayor’s', () => {
    const quote = drafts(text).find((r) => r.kind === 'statement')
    expect(quote).toMatchObject({
      kind: 'statement',
      speaker: { type: 'actor', actorId: 'new-ihor-terekhov' },
      mode: 'quote',
      channel: 'social-media-post',
    })
  })

  it('credits the toll inside the quote to the mayor', () => {
    const attack = drafts(text).find((r) => r.kind === 'attack')
    const injured = attack?.claims.find((c) => c.fact === 'injured')
    expect(injured?.assertedBy).toEqual({ type: 'actor', actorId: 'new-ihor-terekhov' })
  })
})

describe('"…, posting on Telegram:" as the speaker of the paragraph after it', () => {
  it('reads the responder as the speaker of the quote', () => {
    const records = drafts(
      'President Volodymyr Zelensky responded to the strike on Odesa, posting on Telegram:\n“Russian missiles hit Odesa again tonight. Three people were killed.”',
    )
    expect(records.find((r) => r.kind === 'statement')).toMatchObject({
      speaker: { type: 'actor', actorId: 'zelensky' },
      mode: 'quote',
    })
  })
})
