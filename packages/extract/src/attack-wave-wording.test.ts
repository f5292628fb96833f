import type { AttackClaim } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

/** Launch tallies, tolls and effects of energy strikes, worded as wires word them (issue #15). */
const attacks = (text: string, publishedAt?: string) =>
  extract(text, { source: { id: 't' }, ...(publishedAt ? { publishedAt } : {}) }).flatMap((d) =>
    d.record.kind === 'attack' ? [d.record] : [],
  )
const claims = (text: string, publishedAt?: string) =>
  attacks(text, publishedAt).flatMap((a) => a.claims)
const counts = (list: readonly AttackClaim[], fact: AttackClaim['fact']) =>
  list
    .filter((c) => c.fact === fact)
    .map((c) =>
      'qualifier' in c.value && c.value.qualifier !== 'range'
        ? `${c.value.qualifier} ${c.value.value} ${c.value.scope ?? '-'}`
        : undefined,
    )

describe('launch tallies', () => {
  it('reads "officials said Moscow deployed over 300 drones and 20 missiles in the assault"', () => {
    const c = claims(
      'Russia struck power plants across Ukraine overnight. Regional officials said Moscow deployed over 300 drones and 20 missiles in the assault.',
    )
    expect(counts(c, 'launched')).toEqual(['over 300 -', 'exact 20 -'])
  })

  it('reads "212 drones and 9 missiles were fired" in the passive', () => {
    const c = claims(
      'A Russian strike hit a power station in Poltava. The military said 212 drones and 9 missiles were fired during the night.',
    )
    expect(counts(c, 'launched')).toEqual(['exact 212 -', 'exact 9 -'])
  })

  it('counts no launch in "one of its biggest attacks" or "three types of missiles"', () => {
    const c = claims(
      'Russia carried out one of its biggest drone and missile attacks of the autumn on Ukraine, using 64 drones and three types of missiles.',
    )
    expect(counts(c, 'launched')).toEqual(['exact 64 -'])
  })

  it('gives a wave told as "an attack on Ukraine, using 300 drones" no country scope', () => {
    const c = claims('Russia launched an attack on Ukraine overnight, using 300 drones.')
    expect(counts(c, 'launched')).toEqual(['exact 300 -'])
  })

  it('keeps "launched 40 drones at Ukraine" aimed at the whole country', () => {
    const c = claims('Russia launched 40 drones at Ukraine overnight.')
    expect(counts(c, 'launched')).toEqual(['exact 40 ua'])
  })
})

describe('waves and bare shares', () => {
  it('reads "A barrage of 40 missiles hit Lviv" as 40 launched, not 40 hits', () => {
    const c = claims('A barrage of 40 missiles hit Lviv on Friday, officials said.')
    expect(counts(c, 'launched')).toEqual(['exact 40 ua-lviv'])
    expect(counts(c, 'hit')).toEqual([])
  })

  it('reads "; air defence downed 51." as 51 of the drones just counted', () => {
    const c = claims('Russia launched 70 drones overnight; air defence downed 51.')
    expect(counts(c, 'intercepted')).toEqual(['exact 51 -'])
  })
})

describe('nights by weekday', () => {
  it('dates "overnight into Sunday" in a Tuesday report to the Sunday before', () => {
    const c = claims('Russia attacked Ukraine overnight into Sunday with 80 drones.', '2025-06-10')
    expect(c.find((x) => x.fact === 'date')?.value).toMatchObject({
      start: '2025-06-07',
      end: '2025-06-08',
      precision: 'night',
    })
  })
})

describe('downings', () => {
  it('reads "destroyed 30 of the 41 drones and one missile over 9 Ukrainian regions"', () => {
    const c = claims(
      'Russia attacked Ukraine with drones overnight. The air force said air defences destroyed 30 of the 41 drones and one missile over 9 Ukrainian regions.',
    )
    expect(counts(c, 'intercepted')).toEqual(['exact 30 ua', 'exact 1 ua'])
    expect(counts(c, 'launched')).toEqual(['exact 41 ua'])
  })

  it('reads a ministry\'s "the destruction of 12 Ukrainian drones" as 12 intercepted', () => {
    const c = claims(
      'The Russian Defence Ministry reported the destruction of 12 Ukrainian drones over the Bryansk region last night.',
      '2025-03-02',
    )
    expect(counts(c, 'intercepted')).toEqual(['exact 12 ru-bryansk-oblast'])
    expect(c.find((x) => x.fact === 'date')?.value).toMatchObject({
      start: '2025-03-01',
      end: '2025-03-02',
    })
  })

  it('reads "air defences destroyed more than 90 targets" as over 90 intercepted', () => {
    const c = claims(
      'Russia fired missiles and drones at Ukraine overnight. Zelensky said air defences destroyed more than 90 targets.',
    )
    expect(counts(c, 'intercepted')).toEqual(['over 90 -'])
  })

  it('does not read "troops destroyed 12 targets" on the ground as a downing', () => {
    const c = claims(
      'Ukrainian drones attacked Russian positions, and troops destroyed 12 targets.',
    )
    expect(counts(c, 'intercepted')).toEqual([])
  })
})

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

describe('downings by region', () => {
  const intercepted = (text: string) => counts(claims(text), 'intercepted')

  it('reads a bare name in a breakdown by region as the region', () => {
    expect(
      intercepted(
        'The ministry said air defences destroyed 40 Ukrainian drones, including 30 over the Bryansk region, six over Kursk and four over annexed Crimea.',
      ),
    ).toEqual([
      'exact 40 -',
      'exact 30 ru-bryansk-oblast',
      'exact 6 ru-kursk-oblast',
      'exact 4 ua-crimea',
    ])
  })

  it('reads "over the Russian regions of Tambov and Lipetsk" as the two regions', () => {
    const a = attacks(
      'The Russian Defence Ministry said 12 Ukrainian drones were destroyed over the Russian regions of Tambov and Lipetsk.',
    )
    expect(a[0]?.placeIds).toEqual(['ru-tambov-oblast', 'ru-lipetsk-oblast'])
  })

  it('opens a list on the verb: "downed over several regions: 5 in Kursk, 2 in Oryol"', () => {
    expect(
      intercepted(
        'Russian air defences destroyed seven Ukrainian drones overnight. "The drones were downed over several regions: 5 in Kursk, 2 in Oryol," the ministry said.',
      ),
    ).toEqual(['exact 7 -', 'exact 5 ru-kursk-oblast', 'exact 2 ru-oryol-oblast'])
  })

  it('scopes "15 over the Black Sea" to the sea, "five others over Crimea" to Crimea', () => {
    expect(
      intercepted(
        'The ministry said air defences destroyed 30 Ukrainian drones, including 15 over the Black Sea, ten over the Bryansk region and five others over the Republic of Crimea.',
      ),
    ).toEqual([
      'exact 30 -',
      'exact 15 new-black-sea',
      'exact 10 ru-bryansk-oblast',
      'exact 5 ua-crimea',
    ])
  })

  it('gives "over the Black Sea and Crimea" no one place', () => {
    expect(
      intercepted('Air defences shot down nine Ukrainian drones over the Black Sea and Crimea.'),
    ).toEqual(['exact 9 -'])
  })

  it('gives a pair "12 drones and 2 missiles over Kursk territory" the one place', () => {
    expect(
      intercepted(
        'Air defences destroyed 12 Ukrainian drones and 2 missiles over Kursk territory and 5 drones over Bryansk territory.',
      ),
    ).toEqual(['exact 12 ru-kursk-oblast', 'exact 2 ru-kursk-oblast', 'exact 5 ru-bryansk-oblast'])
  })

  it('reads "over Belgorod territory" as the region', () => {
    expect(
      intercepted('Air defences destroyed nine Ukrainian drones over Belgorod territory.'),
    ).toEqual(['exact 9 ru-belgorod-oblast'])
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

describe('the side struck, a line later', () => {
  it('reads "…, the Air Force said" after "Russia attacked Ukraine" as Ukraine’s air force', () => {
    const c = claims(
      'Russia attacked Ukraine with 60 drones overnight. Air defence shot down 45 UAVs, the Air Force said.',
    )
    expect(c.find((x) => x.fact === 'intercepted')?.assertedBy).toEqual({
      type: 'actor',
      actorId: 'ua-air-force',
    })
  })

  it('dates "Over the past night" to the night before the report', () => {
    const c = claims(
      'Over the past night, air defences destroyed 20 Ukrainian drones over the Oryol region, the Russian Defence Ministry said.',
      '2025-04-02',
    )
    expect(c.find((x) => x.fact === 'date')?.value).toMatchObject({
      start: '2025-04-01',
      end: '2025-04-02',
      precision: 'night',
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

describe('launch sites are no places of the attack', () => {
  it.each([
    'Russia launched 30 drones at Ukraine overnight from Kursk, Oryol and Millerovo.',
    'Russia attacked Ukraine overnight. The drones were launched from the Bryansk region and from occupied Crimea.',
    'Russia attacked Ukraine overnight, releasing drones from the southern directions (Kursk, Cape Chauda - occupied Crimea).',
  ])('names no launch site as a place: %s', (text) => {
    expect(attacks(text)[0]?.placeIds ?? []).toEqual([])
  })

  it('keeps the city aimed at after a launch site: "from the airspace of the Belgorod region at Kharkiv"', () => {
    expect(
      attacks(
        'Russia fired 4 Kh-59 missiles from the airspace of the Belgorod region at Kharkiv.',
      )[0]?.placeIds,
    ).toEqual(['ua-kharkiv'])
  })
})
