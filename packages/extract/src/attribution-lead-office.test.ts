import { shippedLexicon } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { readArticle } from './article.ts'

const speakers = (text: string) =>
  readArticle(text, '2024-03-06', shippedLexicon).sentences.map(
    (s) => s.attribution?.speaker.asserter,
  )

describe('an office a lead names before the quote names its holder', () => {
  it('reads "the regional governor said" as the official the next quote names', () => {
    expect(
      speakers(
        'Russian drones hit a grain terminal in the Mykolaiv region overnight, the regional governor said Tuesday.\n“Two warehouses burned down,” Petro Hnatenko said, adding that nobody was hurt.',
      )[0],
    ).toEqual({ type: 'actor', actorId: 'new-petro-hnatenko' })
  })

  it('reads "the city’s mayor" the same way when the quote gives his title', () => {
    expect(
      speakers(
        'A missile struck a school in the city, the mayor said on Friday.\n"The building is ruined," said Ivan Sokil, the mayor of the town.',
      )[0],
    ).toEqual({ type: 'actor', actorId: 'new-ivan-sokil' })
  })

  it('names the governor by the next line that gives the title, quote or not', () => {
    expect(
      speakers(
        'A Ukrainian drone set fire to a refinery in southern Russia, the regional governor said.\nFirefighters put the fire out within hours, Governor Pavel Orlov said, adding no one was hurt.',
      )[0],
    ).toEqual({ type: 'actor', actorId: 'new-pavel-orlov' })
  })

  it('names "the governor of the … region" by the governor titled a line later', () => {
    const who = speakers(
      'The governor of the southern Mykolaiv region said five drones were shot down. Debris damaged two houses. Governor Ivan Moroz said no one was hurt.',
    )
    expect(who[0]).toEqual({ type: 'actor', actorId: 'new-ivan-moroz' })
    expect(who[1]).toEqual({ type: 'actor', actorId: 'new-ivan-moroz' })
  })

  it('leaves the governor unnamed when the next line is no quote', () => {
    expect(
      speakers(
        'Drones struck a depot in the Poltava region, the regional governor said.\nPetro Hnatenko, a local farmer, said the fire lasted all night.',
      )[0],
    ).toMatchObject({ type: 'unnamed' })
  })

  it('does not give the governor’s words to a president quoted next', () => {
    expect(
      speakers(
        'Drones struck a depot in the Poltava region, the regional governor said.\n"We need more air defence," President Volodymyr Zelensky said.',
      )[0],
    ).toMatchObject({ type: 'unnamed' })
  })
})
