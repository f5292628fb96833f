import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { readArticle } from './article.ts'

const speakers = (text: string) =>
  readArticle(text, '2024-03-06', shippedLexicon).sentences.map(
    (s) => s.attribution?.speaker.asserter,
  )

describe('the head of a regional administration', () => {
  it('is the person of "X, head of the … Administration, said this on Telegram"', () => {
    expect(
      speakers(
        'A village was shelled twice. Petro Lytvyn, head of the Sumy Regional Military Administration, said this on Telegram.',
      )[1],
    ).toEqual({ type: 'actor', actorId: 'new-petro-lytvyn' })
  })

  it('is the person just named when the quote calls him "the regional chief"', () => {
    expect(
      speakers(
        'Petro Lytvyn, head of the Sumy Regional Military Administration, reported the strike.\n"Two people were killed," the regional chief wrote.',
      )[1],
    ).toEqual({ type: 'actor', actorId: 'new-petro-lytvyn' })
  })

  it('is the person just named when called "the administration chief"', () => {
    expect(
      speakers(
        'Petro Lytvyn reported the strike on Sumy.\n"A man, 62, was injured," the administration chief said.',
      )[1],
    ).toEqual({ type: 'actor', actorId: 'new-petro-lytvyn' })
  })
})

describe('"X said in a statement that …, adding that …"', () => {
  it('is the sayer of "said", not a subject running to a participle in the words', () => {
    expect(
      speakers(
        'Russia attacked Ukraine overnight. Ukraine’s air force said in a statement that 28 drones had been destroyed, adding that three missiles had been launched.',
      )[1],
    ).toEqual({ type: 'actor', actorId: 'ua-air-force' })
  })
})
