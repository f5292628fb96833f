import { describe, expect, it } from 'vitest'
import { attacks, claims, counts } from './testing/attack-claims.ts'

/** Launch tallies, downings and their places, worded as wires and ministries word them (issue #15). */
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
