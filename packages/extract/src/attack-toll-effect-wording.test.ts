import { describe, expect, it } from 'vitest'
import { claims, counts } from './testing/attack-claims.ts'

/** Tolls, effects and their sources in strike reports, worded as wires word them (issue #15). */
describe('tolls', () => {
  it('reads "Another person was killed in the Sumy region" as one killed there', () => {
    const c = claims(
      'Russian drones hit Ukraine overnight. Another person was killed in the Sumy region, the governor said.',
    )
    expect(counts(c, 'killed')).toEqual(['exact 1 ua-sumy-oblast'])
  })

  it('reads "no victims or injuries were reported" as none killed or injured', () => {
    const c = claims(
      'Russian drones attacked the port of Izmail overnight. No victims or injuries were reported.',
    )
    expect(counts(c, 'killed')).toEqual(['exact 0 -'])
    expect(counts(c, 'injured')).toEqual(['exact 0 -'])
  })

  it('reads "there were no reported casualties" as none killed or injured', () => {
    const c = claims(
      'Ukrainian drones attacked the Kursk region overnight. There were no reported casualties.',
    )
    expect(counts(c, 'killed')).toEqual(['exact 0 -'])
    expect(counts(c, 'injured')).toEqual(['exact 0 -'])
  })

  it('reads "without causing any casualties" as none killed or injured', () => {
    const c = claims(
      'A Ukrainian drone damaged a warehouse in the Lipetsk region without causing any casualties.',
    )
    expect(counts(c, 'killed')).toEqual(['exact 0 ru-lipetsk-oblast'])
  })

  it('reads "Nine people, among them a child, were killed" as nine killed', () => {
    expect(
      counts(
        claims('Nine people, among them a child, were killed in the Russian strike on Sumy.'),
        'killed',
      ),
    ).toEqual(['exact 9 ua-sumy'])
  })

  it('reads "recovered the bodies of 14 people" as 14 killed', () => {
    expect(
      counts(
        claims('Rescuers recovered the bodies of 14 people after the Russian strike on Dnipro.'),
        'killed',
      ),
    ).toEqual(['exact 14 ua-dnipro'])
  })

  it('reads "shelling claimed two lives" as two killed', () => {
    expect(counts(claims('Russian shelling of Nikopol claimed two lives.'), 'killed')).toEqual([
      'exact 2 ua-nikopol',
    ])
  })

  it('reads "The number of people killed … has risen to 25" as 25 killed', () => {
    const c = claims(
      'The number of people killed in the Russian strike on Ternopil has risen to 25, and the number of people injured to 90.',
    )
    expect(counts(c, 'killed')).toEqual(['exact 25 ua-ternopil'])
  })

  it('scopes "…, a drone hit a house in Sumy, killing two" to the last place before it', () => {
    const c = claims(
      'Russian drones attacked Kharkiv overnight, and a drone hit a house in Konotop, killing two.',
    )
    expect(counts(c, 'killed')).toEqual(['exact 2 ua-konotop'])
  })

  it('scopes "in Ukraine\'s Kherson city" to the city, not the country', () => {
    const c = claims(
      'At least four people died in a Russian strike on a market in Ukraine’s Kherson city, officials said.',
    )
    expect(counts(c, 'killed')).toEqual(['at-least 4 ua-kherson'])
  })
})

describe('effects', () => {
  const types = (text: string) =>
    claims(text).flatMap((c) => (c.fact === 'effect' ? [c.value.type] : []))

  it('reads "a depot was set ablaze" as a fire', () => {
    expect(
      types('Russian drones attacked Odesa overnight. A fuel depot was set ablaze.'),
    ).toContain('other')
  })

  it.each([
    ['Russian drones set fire to a warehouse in Odesa.', 'other'],
    ['A blaze broke out at a fuel depot in Lviv after the Russian attack.', 'other'],
    ['Russian drones attacked Kharkiv, blowing out windows in nearby houses.', 'damage'],
    ['Power supply was interrupted in parts of Sumy after Russian strikes.', 'power-outage'],
    ['Russian drones attacked Odesa. Some 30,000 homes were de-energized.', 'power-outage'],
    ['Russian drones hit Kherson, leaving thousands without light.', 'power-outage'],
    ['Emergency shutdowns followed the Russian missile strike on Kyiv.', 'power-outage'],
  ])('reads "%s" as %s', (text, type) => {
    expect(types(text)).toContain(type)
  })

  it('reads "power and water outages" as an outage', () => {
    expect(
      types('Russian missiles struck Kharkiv, causing power and water outages in the city.'),
    ).toContain('power-outage')
  })

  it('reads "one of its most extensive attacks" as an assessment', () => {
    expect(
      types('Russia launched one of its most extensive drone attacks on Kyiv this year.'),
    ).toContain('assessment')
  })

  it('reads "resulted in significant damage" as damage, "no significant damage" as none', () => {
    expect(
      types('The Russian strike on Dnipro resulted in significant damage, officials said.'),
    ).toContain('damage')
    expect(
      types(
        'Ukrainian drones attacked the Kursk region. There were no casualties or significant damage.',
      ),
    ).not.toContain('damage')
  })
})

describe('effects by place', () => {
  const places = (text: string) =>
    claims(text).flatMap((c) => (c.fact === 'effect' ? [c.value.placeIds] : []))

  it('places "The strike damaged a school" in the one city struck', () => {
    expect(places('A Russian missile hit Sumy overnight. The strike damaged a school.')).toEqual([
      ['ua-sumy'],
    ])
  })

  it('gives "A fire broke out" after strikes on two cities no place', () => {
    expect(
      places('Russian drones hit Sumy and Poltava overnight. A fire broke out at a warehouse.'),
    ).toEqual([[]])
  })
})

describe('an unnamed group inside a relative clause', () => {
  it('reads "a strike that Ukrainian officials say killed two" as Ukraine\'s officials', () => {
    const c = claims(
      'Russian forces launched a strike on Dnipro that Ukrainian officials say killed two people.',
    )
    expect(c.find((x) => x.fact === 'killed')?.assertedBy).toMatchObject({
      type: 'unnamed',
      affiliationId: 'ukraine',
    })
  })
})

describe('energy companies as sources', () => {
  it('reads "grid operator Ukrenergo said" and "energy company DTEK confirmed" as the companies', () => {
    const c = claims(
      'Russia attacked energy facilities in Ukraine overnight. Grid operator Ukrenergo said emergency outages were applied in four regions. Energy company DTEK confirmed that power was cut in Odesa.',
    )
    expect(
      c.flatMap((x) =>
        x.fact === 'effect' && x.assertedBy.type === 'actor' ? [x.assertedBy.actorId] : [],
      ),
    ).toEqual(['new-ukrenergo', 'new-dtek'])
  })
})
