import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { readArticle } from './article.ts'

const channels = (text: string) =>
  readArticle(text, '2026-03-02', shippedLexicon).sentences.map((s) => s.attribution?.channel)

describe('an official who wrote', () => {
  it('posted the words when no letter or article is named', () => {
    expect(
      channels(
        '“Two people were hurt in the Russian strike on Sumy,” Governor Oleh Hryhorov wrote.',
      ),
    ).toEqual(['social-media-post'])
    expect(
      channels(
        'Five houses were damaged by Russian drones, writes the head of the Poltava region administration Volodymyr Kohut.',
      ),
    ).toEqual(['social-media-post'])
  })

  it('wrote a letter or an article otherwise', () => {
    expect(
      channels(
        'Zelensky wrote in a letter to the Ukrainian parliament that the talks would go on.',
      ),
    ).not.toEqual(['social-media-post'])
  })

  it('keeps a press release named the sentence before', () => {
    expect(
      channels(
        'The package includes shells for Ukraine, according to a press release from Pentagon spokesman John Kirby.\n“Ukraine will get more,” Kirby wrote.',
      ),
    ).toEqual(['official-statement', 'official-statement'])
  })
})
