import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { readArticle } from './article.ts'
import { statementIssuer } from './statement-issuer.ts'

const speakersOf = (text: string) =>
  readArticle(text, '2026-03-02', shippedLexicon).sentences.map(
    (s) => s.attribution?.speaker.asserter,
  )

describe('the body that issued a statement the next sentence quotes', () => {
  it('finds the issuer of "released a statement"', () => {
    expect(
      statementIssuer('The Russian Defence Ministry released a statement late on Sunday.', {
        newNames: [],
        lexicon: shippedLexicon,
      })?.asserter,
    ).toEqual({ type: 'actor', actorId: 'ru-mod' })
  })

  it('credits "According to the statement" to the body that issued it', () => {
    const [first, second] = speakersOf(
      'The Kremlin issued a statement about the call with Kyiv. According to the statement, both sides agreed to swap prisoners.',
    )
    expect(first).toBeUndefined()
    expect(second).toEqual({ type: 'actor', actorId: 'kremlin' })
  })

  it('credits "The statement said" to the body that issued it', () => {
    const [, second] = speakersOf(
      'The Russian Defence Ministry published a statement on Monday. The statement said 40 Ukrainian drones were downed.',
    )
    expect(second).toEqual({ type: 'actor', actorId: 'ru-mod' })
  })

  it('reads a line after a list bullet', () => {
    const [, second] = speakersOf(
      '▪️Air defences destroyed 12 Ukrainian drones overnight, the Russian Defence Ministry said\n▪️According to the statement, five drones were downed over the Kursk region',
    )
    expect(second).toEqual({ type: 'actor', actorId: 'ru-mod' })
  })
})
