import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { readArticle } from './article.ts'

const speakers = (text: string) =>
  readArticle(text, '2024-03-06', shippedLexicon).sentences.map(
    (s) => s.attribution?.speaker.asserter,
  )

describe('a body of one region named with its region', () => {
  it('speaks as an unnamed body of the region’s state', () => {
    expect(
      speakers(
        'Two houses burned in the night, the Chernihiv Regional Military Administration said.',
      ),
    ).toEqual([
      {
        type: 'unnamed',
        description: 'Chernihiv Regional Military Administration',
        affiliationId: 'ukraine',
      },
    ])
    expect(speakers('A school was hit, the Belgorod Regional Police said.')[0]).toMatchObject({
      type: 'unnamed',
      affiliationId: 'russia',
    })
  })

  it('keeps the person who heads it', () => {
    expect(
      speakers(
        'Petro Lytvyn, head of the Sumy Regional Military Administration, said a man was hurt.',
      )[0],
    ).toEqual({ type: 'actor', actorId: 'new-petro-lytvyn' })
  })
})

describe('the words of a report already named', () => {
  it('reads a trailing "the press service of X reports." as X', () => {
    expect(
      speakers(
        'A bridge was damaged, the press service of the Mykolaiv Regional Prosecutor’s Office reports.',
      )[0],
    ).toMatchObject({ type: 'unnamed', affiliationId: 'ukraine' })
  })

  it('gives "the statement said" and "It is noted that" to the body just heard', () => {
    const who = speakers(
      'A depot burned, the Poltava Regional State Administration said.\n"Two people were hurt," the statement said.\n\nIt is noted that 12 drones were shot down over the region.',
    )
    expect(who[1]).toEqual(who[0])
    expect(who[2]).toEqual(who[0])
  })

  it('gives "the report says" to the ministry that reported', () => {
    const who = speakers(
      'Air defence destroyed 40 Ukrainian drones overnight, the Russian Defence Ministry said.\n\n"The drones were destroyed over the Kursk region," the report says.',
    )
    expect(who[1]).toEqual({ type: 'actor', actorId: 'ru-mod' })
  })

  it('reads "according to their report" as the body just heard', () => {
    expect(
      speakers(
        'Russia launched 450 drones overnight, Ukraine’s air force said.\nAccording to their report, 406 drones were shot down.',
      )[1],
    ).toEqual({ type: 'actor', actorId: 'ua-air-force' })
  })

  it('reads "according to X’s report" as X', () => {
    expect(
      speakers(
        'Governor Ivan Orlov wrote that a man was hurt.\nHe had a concussion, according to Orlov’s report.',
      )[1],
    ).toEqual({ type: 'actor', actorId: 'new-ivan-orlov' })
  })

  it('keeps an outlet’s credit "…, Ukrinform reports." off the official quoted', () => {
    expect(speakers('Oleh Kiper said this on Telegram, Ukrinform reports.')[0]).toEqual({
      type: 'actor',
      actorId: 'new-oleh-kiper',
    })
  })
})

describe('a service of a state the dictionary lacks', () => {
  it('speaks as an unnamed body of the state, not as the state', () => {
    expect(
      speakers('Five people were killed in Kharkiv, Ukraine’s prosecution service said.')[0],
    ).toMatchObject({ type: 'unnamed', affiliationId: 'ukraine' })
    expect(
      speakers('Russia’s FSB security service said it detained two saboteurs in Bryansk.')[0],
    ).toMatchObject({ type: 'unnamed', affiliationId: 'russia' })
  })
})
