import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { readArticle } from './article.ts'

const speakers = (text: string) =>
  readArticle(text, '2026-03-02', shippedLexicon).sentences.map((s) => ({
    who: s.attribution?.speaker.asserter,
    own: s.attribution !== undefined && !s.inherited,
  }))

describe('words told with a deed or a release', () => {
  it('reads "released a statement confirming that" as the body speaking', () => {
    const [, second] = speakers(
      'Russia fired 12 missiles at Ukraine overnight. The Ukrainian Air Force released a statement on Telegram confirming that ten were shot down.',
    )
    expect(second).toEqual({ who: { type: 'actor', actorId: 'ua-air-force' }, own: true })
  })

  it('reads "the governor detailed the attack, stating that" as a statement of its own', () => {
    const [, second] = speakers(
      'Governor Ivan Fedorov of Ukraine’s Zaporizhzhia region said Russian drones hit the city. The governor detailed the attack, stating that two houses burned.',
    )
    expect(second?.own).toBe(true)
  })

  it('reads "the command of the Air Force notes that" and "This follows from a statement by"', () => {
    const [, notes] = speakers(
      'Russia attacked Ukraine with 40 drones. The command of the Air Force notes that most flew toward Kharkiv.',
    )
    expect(notes?.who).toEqual({ type: 'actor', actorId: 'ua-air-force' })
    const [first] = speakers(
      'Russia attacked Ukraine with 40 drones overnight. This follows from a statement by the Air Force Command of the Armed Forces of Ukraine.',
    )
    expect(first?.who).toEqual({ type: 'actor', actorId: 'ua-air-force' })
  })

  it('still splits a deed and its words after ", while"', () => {
    const all = speakers(
      'Ukraine described the strike as a war crime, while Russia has denied it struck the town, claiming that Ukrainian air defence was to blame.',
    )
    expect(all.map((s) => s.who)).toEqual([
      { type: 'actor', actorId: 'ukraine' },
      { type: 'actor', actorId: 'russia' },
    ])
  })
})
