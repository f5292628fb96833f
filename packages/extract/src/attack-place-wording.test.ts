import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

/** Places of an attack worded the way real reporting words them (issue #15). */
const attacks = (text: string) =>
  extract(text, { source: { id: 't' } }).flatMap((d) =>
    d.record.kind === 'attack' ? [d.record] : [],
  )
const placesOf = (text: string) => attacks(text).flatMap((a) => a.placeIds)

describe('places told in lists', () => {
  it('reads "the areas of Lviv, Sumy and Ternopil" as their regions', () => {
    expect(
      placesOf(
        'Russian missiles hit energy sites overnight in the areas of Lviv, Sumy and Ternopil.',
      ),
    ).toEqual(['ua-lviv-oblast', 'ua-sumy-oblast', 'ua-ternopil-oblast'])
  })

  it('keeps "residential areas of Kherson" for the city', () => {
    expect(
      placesOf('Russian artillery shelled residential areas of Kherson overnight, killing two.'),
    ).toEqual(['ua-kherson'])
  })

  it('reads the list of a sentence that goes on with "They hit"', () => {
    expect(
      placesOf(
        'Russia fired 40 cruise missiles at Ukraine overnight. They hit targets in the Kharkiv, Sumy and Poltava regions.',
      ),
    ).toEqual(['ua-kharkiv-oblast', 'ua-sumy-oblast', 'ua-poltava-oblast'])
  })
})

describe('places that are no place of the attack', () => {
  it('leaves out a launch site told with the bombers that fired from it', () => {
    expect(
      placesOf(
        'The missiles were fired from Tu-95 bombers flying over the Caspian Sea and the Saratov region at the Kyiv region.',
      ),
    ).toEqual(['ua-kyiv-oblast'])
  })

  it('leaves out streets, quarters and compass words', () => {
    expect(
      placesOf(
        'A Russian drone hit a house on Shevchenka Avenue in the Northern residential area of Kherson, the governor said.',
      ),
    ).toEqual(['ua-kherson'])
  })
})

describe('a town the gazetteer lacks, opening its sentence', () => {
  it('reads "In Balakliia, two garages caught fire" as a fire in Balakliia', () => {
    const [a] = attacks(
      'Russian drones attacked the Kharkiv region overnight. In Balakliia, two garages caught fire.',
    )
    expect(a?.placeIds).toContain('new-balakliia')
    expect(
      a?.claims.flatMap((c) => (c.fact === 'effect' ? [[c.value.type, c.value.placeIds]] : [])),
    ).toContainEqual(['other', ['new-balakliia']])
  })

  it('reads no place from "In Addition," or "In Total,"', () => {
    expect(
      placesOf(
        'Russian drones attacked the Kharkiv region overnight. In Total, four people were injured.',
      ),
    ).toEqual(['ua-kharkiv-oblast'])
  })
})

describe('the place a governor speaks for', () => {
  it('places an effect told by "Belgorod Governor X" in the Belgorod region', () => {
    const [a] = attacks(
      'Ukrainian drones attacked Russia overnight. Belgorod Governor Vyacheslav Gladkov said a drone damaged two houses.',
    )
    expect(
      a?.claims.flatMap((c) => (c.fact === 'effect' ? [[c.value.type, c.value.placeIds]] : [])),
    ).toContainEqual(['damage', ['ru-belgorod-oblast']])
  })

  it('keeps a mayor\'s city: "Kharkiv Mayor X said"', () => {
    const [a] = attacks(
      'Russian drones attacked Ukraine overnight. Kharkiv Mayor Ihor Terekhov said a drone damaged a school.',
    )
    expect(
      a?.claims.flatMap((c) => (c.fact === 'effect' ? [[c.value.type, c.value.placeIds]] : [])),
    ).toContainEqual(['damage', ['ua-kharkiv']])
  })
})
