import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

/** Damage worded the way real reporting words it (issue #15): nouns, quotes, rail and power. */
const effects = (text: string) =>
  extract(text, { source: { id: 't' } })
    .flatMap((d) => (d.record.kind === 'attack' ? d.record.claims : []))
    .flatMap((c) => (c.fact === 'effect' ? [[c.value.type, [...c.value.placeIds].sort()]] : []))

describe('damage told as a noun with the verb that reports it', () => {
  it('reads "Damage was reported in Sumy and Konotop"', () => {
    expect(
      effects(
        'Russian drones attacked the Sumy region overnight. Damage was reported in Sumy and Konotop, the governor said.',
      ),
    ).toContainEqual(['damage', ['ua-konotop', 'ua-sumy']])
  })

  it('reads "left damage" and "caused damage in" as damage', () => {
    expect(
      effects('Russian shelling of Nikopol left damage in several streets, the governor said.'),
    ).toContainEqual(['damage', ['ua-nikopol']])
    expect(
      effects('A Russian drone attack caused damage in the Poltava region, the governor said.'),
    ).toContainEqual(['damage', ['ua-poltava-oblast']])
  })

  it('reads "there was destruction in the city" as damage', () => {
    expect(
      effects(
        'Russian drones struck Zhytomyr overnight. There was destruction in the city, the mayor said.',
      ).map(([type]) => type),
    ).toContain('damage')
  })

  it('reads no damage from "caused no damage" or "did not say whether they caused any damage"', () => {
    const said = [
      'Russian drones attacked Kherson, but the strike caused no damage, the governor said.',
      'The ministry said 30 Ukrainian drones were shot down over the Kursk region but did not say whether they caused any damage.',
    ].flatMap(effects)
    expect(said.map(([type]) => type)).not.toContain('damage')
  })
})

describe('what was damaged, in more of its words', () => {
  it('reads a hit on a "children\'s hospital" as damage', () => {
    expect(
      effects("A Russian missile struck a children's hospital in Kyiv, officials said."),
    ).toContainEqual(['damage', ['ua-kyiv']])
  })

  it('reads power lines and locomotives as what a strike damages', () => {
    expect(
      effects(
        'A Russian drone attack damaged a power line in the Chernihiv region, the governor said.',
      ),
    ).toContainEqual(['damage', ['ua-chernihiv-oblast']])
    expect(
      effects(
        'Russian drones struck a station in the Sumy region overnight, damaging two locomotives.',
      ).map(([type]) => type),
    ).toContain('damage')
  })

  it('reads equipment "severely damaged" in quote marks as damage', () => {
    expect(
      effects(
        'Russian missiles struck energy facilities overnight. Equipment at two power plants was “severely damaged”, the operator said.',
      ).map(([type]) => type),
    ).toContain('damage')
  })

  it('reads drones that "fell on houses" as damage besides the fires they caused', () => {
    const types = effects(
      'Ukrainian drones attacked the Belgorod region, and some of them fell on houses, causing fires, the governor said.',
    ).map(([type]) => type)
    expect(types).toContain('damage')
    expect(types).toContain('other')
  })

  it('reads no damage from a strike on a port city', () => {
    expect(
      effects(
        'A Russian missile attack struck the Black Sea port of Odesa on Monday evening, officials said.',
      ).map(([type]) => type),
    ).not.toContain('damage')
  })
})

describe('an effect in a town of a region named with it', () => {
  it('places a fire "in the Lviv region, … in the city of Drohobych" in Drohobych only', () => {
    expect(
      effects(
        'Russian drones attacked western Ukraine overnight. In the Lviv region, a warehouse caught fire in the city of Drohobych.',
      ),
    ).toContainEqual(['other', ['ua-drohobych']])
  })
})

describe('power cuts told as darkness', () => {
  it('reads "plunging several districts into darkness" as a power outage', () => {
    expect(
      effects(
        'Russian drones struck Kharkiv overnight, plunging several districts into darkness, the mayor said.',
      ),
    ).toContainEqual(['power-outage', ['ua-kharkiv']])
  })

  it('reads "left much of the city in darkness" but not "left residents in the dark about"', () => {
    expect(
      effects(
        'Russian drones attacked Odesa overnight. The strikes left much of the city in darkness.',
      ).map(([type]) => type),
    ).toContain('power-outage')
    expect(
      effects(
        'Russian drones attacked Odesa overnight, and officials left residents in the dark about the damage.',
      ).map(([type]) => type),
    ).not.toContain('power-outage')
  })
})
