import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { readArticle } from './article.ts'

const channels = (text: string) =>
  readArticle(text, '2026-03-02', shippedLexicon).sentences.map((s) => s.attribution?.channel)

describe('a channel the sentence before names', () => {
  it('goes on when that sentence has no speaker of its own', () => {
    expect(
      channels(
        'Lavrov gave an interview to RIA Novosti about Ukraine. He said the talks had stalled.',
      ),
    ).toEqual([undefined, 'interview'])
    expect(
      channels(
        'Zelensky spoke to Ukrainians in his nightly video address. He said 30 Russian drones were shot down.',
      ),
    ).toEqual([undefined, 'video-message'])
  })

  it('reaches the start of a quote the speaker closes', () => {
    expect(
      channels(
        'Speaking at a press conference in Minsk, Lavrov said the talks with Ukraine had stalled.\n“We sent a proposal. Nobody has answered,” Lavrov said.',
      ),
    ).toEqual(['press-conference', 'press-conference', 'press-conference'])
  })
})

describe('a named person who told an agency', () => {
  it('made remarks the agency carries', () => {
    expect(
      channels('Maria Zakharova told RIA Novosti that talks on Ukraine were being prepared.'),
    ).toEqual(['remarks'])
  })

  it('leaves sources who told an agency its report', () => {
    expect(channels('Sources told Reuters that talks on Ukraine were being prepared.')).toEqual([
      'news-agency-report',
    ])
  })
})
