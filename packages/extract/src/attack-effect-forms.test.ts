import { describe, expect, it } from 'vitest'
import { claims, counts } from './testing/attack-claims.ts'

/** Effects and zero tolls in the wordings of outlets the rules had not yet read (issue #15). */
const effects = (text: string) =>
  claims(text).flatMap((c) =>
    c.fact === 'effect' ? [`${c.value.type} ${[...c.value.placeIds].sort().join(',')}`] : [],
  )

describe('assessments', () => {
  it('reads "one of its biggest barrages of the war" as an assessment', () => {
    expect(
      effects(
        'Russia fired one of its biggest barrages of missiles at Ukraine since the war began.',
      ),
    ).toContain('assessment ')
  })

  it('reads "Lviv has not seen such a massive attack since" as an assessment of Lviv', () => {
    expect(
      effects(
        'Russian drones struck Lviv overnight. "Lviv has not seen such a massive attack since spring," the mayor said.',
      ),
    ).toContain('assessment ua-lviv')
  })
})

describe('effects told without a place', () => {
  it('puts damage told after a strike on one city in that city', () => {
    expect(
      effects(
        'A Russian missile struck Poltava overnight. Several houses were damaged, the governor said.',
      ),
    ).toContain('damage ua-poltava')
  })

  it('leaves damage after a strike on a whole region without a place', () => {
    expect(
      effects(
        'Russian drones attacked the Sumy region overnight. Several houses were damaged, the governor said.',
      ),
    ).toContain('damage ')
  })

  it('reads "200,000 outages occurred in the city" as a power outage', () => {
    expect(
      effects(
        'Russian missiles hit power plants near Kharkiv overnight. The grid operator said 200,000 outages occurred in the city.',
      ),
    ).toContain('power-outage ua-kharkiv')
  })
})

describe('power and water cut in one clause', () => {
  it('reads "cutting off power and water supplies in Sumy" as an outage and a water cut', () => {
    expect(
      effects(
        'Russian missiles struck Sumy overnight, cutting off power and water supplies in Sumy.',
      ),
    ).toEqual(expect.arrayContaining(['power-outage ua-sumy', 'other ua-sumy']))
  })
})

describe('zero tolls', () => {
  it('reads "causing some damage but no injuries" as nobody injured', () => {
    const c = claims(
      'Debris from downed drones fell in two districts of Odesa, causing some damage but no injuries.',
    )
    expect(counts(c, 'injured')).toEqual(['exact 0 ua-odesa'])
    expect(counts(c, 'killed')).toEqual([])
  })
})
