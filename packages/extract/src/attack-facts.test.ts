import type { Attack } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const counts = (text: string) =>
  extract(text, { publishedAt: '2025-10-02', source: { id: 's' } })
    .flatMap((d) => (d.record.kind === 'attack' ? [d.record as Attack] : []))
    .flatMap((a) => a.claims)
    .flatMap((c) =>
      c.fact === 'killed' ||
      c.fact === 'injured' ||
      c.fact === 'launched' ||
      c.fact === 'intercepted'
        ? [
            [
              c.fact,
              c.value.qualifier,
              'value' in c.value ? c.value.value : c.value.min,
              c.value.scope,
            ],
          ]
        : [],
    )

describe('counts in real reporting', () => {
  it('reads no count in the day of a date ("on May 4 killed three")', () => {
    expect(counts('A Russian missile strike on Poltava on May 4 killed three people.')).toEqual([
      ['killed', 'exact', 3, 'ua-poltava'],
    ])
  })

  it('reads "52 of 61 drones" as a share downed of a total launched', () => {
    expect(
      counts('Ukraine’s air force said it shot down 52 of 61 Russian drones overnight.'),
    ).toEqual([
      ['intercepted', 'exact', 52, undefined],
      ['launched', 'exact', 61, undefined],
    ])
  })

  it('carries the verb and the subject down a list of regions, each with its own scope', () => {
    expect(
      counts(
        'The ministry said 17 Ukrainian drones were destroyed over the Tula Region, six over the Oryol Region and two over Crimea.',
      ),
    ).toEqual([
      ['intercepted', 'exact', 17, 'ru-tula-oblast'],
      ['intercepted', 'exact', 6, 'ru-oryol-oblast'],
      ['intercepted', 'exact', 2, 'ua-crimea'],
    ])
  })

  it('breaks "60 drones, 25 of them over the Tula region" down by place', () => {
    expect(
      counts('Air defences shot down 60 Ukrainian drones, 25 of them over the Tula Region.'),
    ).toEqual([
      ['intercepted', 'exact', 60, undefined],
      ['intercepted', 'exact', 25, 'ru-tula-oblast'],
    ])
  })

  it('reads unmanned aerial vehicles with their modifiers as drones', () => {
    expect(
      counts('Air defences intercepted 14 Ukrainian fixed-wing unmanned aerial vehicles at night.'),
    ).toEqual([['intercepted', 'exact', 14, undefined]])
  })

  it('reads weapons an attack was made "with" as launched', () => {
    expect(
      counts('Russia pounded Kharkiv on Sunday with at least 30 drones and five missiles.'),
    ).toEqual([
      ['launched', 'at-least', 30, 'ua-kharkiv'],
      ['launched', 'exact', 5, 'ua-kharkiv'],
    ])
  })

  it('reads tolls written as nouns, and each clause’s own place', () => {
    expect(
      counts(
        'A Russian strike left two fatalities in the capital, with nearly 40 others injured across the country.',
      ),
    ).toEqual([
      ['killed', 'exact', 2, 'ua-kyiv'],
      ['injured', 'under', 40, 'ua'],
    ])
  })

  it('reads one victim named by age, and no count in the age', () => {
    expect(counts('Russian forces shelled Nikopol, killing a 71-year-old man.')).toEqual([
      ['killed', 'exact', 1, 'ua-nikopol'],
    ])
  })

  it('reads "the deaths of at least 12" and "suffered wounds" as tolls, not "one more"', () => {
    expect(
      counts('The Russian strike on Sumy resulted in the deaths of at least 12 people.'),
    ).toEqual([['killed', 'at-least', 12, 'ua-sumy']])
    expect(
      counts('Three residents of the Russian city of Tula have suffered wounds from drone debris.'),
    ).toEqual([['injured', 'exact', 3, 'ru-tula']])
    expect(
      counts(
        'A Russian strike on Sumy killed nine people: eight at the scene, and one more died later.',
      ),
    ).toEqual([['killed', 'exact', 9, 'ua-sumy']])
  })

  it('reads a toll whose sentence abbreviates a month', () => {
    expect(
      counts('The death toll from the Russian strike on Poltava on Feb. 1 has risen to 14.'),
    ).toEqual([['killed', 'exact', 14, 'ua-poltava']])
  })
})

describe('an attack sentence without counts', () => {
  const attack = (text: string) =>
    extract(text, { publishedAt: '2025-10-02', source: { id: 's' } }).find(
      (d) => d.record.kind === 'attack',
    )?.record as Attack | undefined

  it('still names the weapons, and the night beats the day the ministry spoke', () => {
    const a = attack(
      'Russia launched a cruise missile strike on Lutsk. The ministry said on Thursday that 9 drones were downed overnight.',
    )
    expect(a?.weapons.map((w) => w.type)).toEqual(['missile', 'drone'])
    expect(a?.claims.find((c) => c.fact === 'date')?.value).toMatchObject({ precision: 'night' })
  })

  it.each([
    ['Russian forces struck depots in Sumy with high-precision long-range weapons.', 'missile'],
    ['Russian warplanes struck positions near Kupiansk.', 'aircraft'],
    ['Ukrainian forces shelled Horlivka with rocket launchers.', 'artillery'],
    ['Russian forces struck Kostiantynivka with UMPB bombs.', 'glide-bomb'],
  ])('reads the weapon of "%s" as %s', (text, type) => {
    expect(attack(text)?.weapons.map((w) => w.type)).toContain(type)
  })

  it('keeps an attack whose text names who fired and with what, though no place', () => {
    expect(
      attack(
        'Russian forces attacked Ukrainian positions with missiles and drones, the ministry said.',
      ),
    ).toMatchObject({ attackerId: 'russia', targetId: 'ukraine' })
  })
})

describe('the date of the strike', () => {
  const dateOf = (text: string) =>
    (
      extract(text, { publishedAt: '2025-10-02', source: { id: 's' } }).find(
        (d) => d.record.kind === 'attack',
      )?.record as Attack | undefined
    )?.claims.find((c) => c.fact === 'date')?.value

  it('takes a day written near the strike', () => {
    expect(
      dateOf('A Russian missile struck Odesa on Sunday evening, injuring five.'),
    ).toMatchObject({ start: '2025-09-28', precision: 'part-of-day' })
  })

  it('takes no date of a later event in the story', () => {
    expect(
      dateOf(
        'On Wednesday, rescue workers were still searching through the rubble of the apartment block in Sumy that was destroyed by a Russian strike.',
      ),
    ).toBeUndefined()
  })
})

describe('one record, several sentences', () => {
  const attack = (text: string) =>
    extract(text, { publishedAt: '2025-10-02', source: { id: 's' } }).find(
      (d) => d.record.kind === 'attack',
    )?.record as Attack | undefined

  it('reads "the shelling of the station" after a rocket strike as no artillery', () => {
    expect(
      attack(
        'Russian forces fired rockets at the station in Sloviansk. Five people died as a result of the shelling of the station.',
      )?.weapons.map((w) => w.type),
    ).toEqual(['missile'])
  })

  it('keeps one date per source, however the source is described', () => {
    const a = attack(
      'A Russian drone struck Sumy yesterday, regional officials said. Two were injured in yesterday’s strike, the officials added.',
    )
    expect(a?.claims.filter((c) => c.fact === 'date')).toHaveLength(1)
  })
})

describe('launch counts as wire reports word them', () => {
  it('reads "carried out a combined attack involving …" as the subject state firing', () => {
    expect(
      counts(
        'Overnight, Russia carried out a combined attack involving 90 drones and six missiles.',
      ),
    ).toEqual([
      ['launched', 'exact', 90, undefined],
      ['launched', 'exact', 6, undefined],
    ])
  })

  it('counts a total of "air attack assets" and a wave "with a record" number', () => {
    expect(counts('In all, the enemy used 88 air attack assets against Ukraine.')).toEqual([
      ['launched', 'exact', 88, 'ua'],
    ])
    expect(counts('Russia struck Ukraine with a record 610 drones overnight.')).toEqual([
      ['launched', 'exact', 610, 'ua'],
    ])
  })

  it('counts drones sent "at Russian territory" for the country', () => {
    expect(
      counts('Ukraine launched 75 drones at Russian territory overnight, Moscow said.'),
    ).toEqual([['launched', 'exact', 75, 'ru']])
  })
})

describe('tolls and their places, clause by clause', () => {
  it('reads "the number of injured has risen to" as the injured', () => {
    expect(
      counts(
        'The number of wounded in the Russian strike on Odesa has risen to 31, officials said.',
      ),
    ).toEqual([['injured', 'exact', 31, 'ua-odesa']])
  })

  it('gives two tolls joined by "and" the place after them, and a clause its opening place', () => {
    expect(
      counts(
        'Russian drones killed two people and wounded nine in Sumy, while in Poltava four people were hurt.',
      ),
    ).toEqual([
      ['killed', 'exact', 2, 'ua-sumy'],
      ['injured', 'exact', 9, 'ua-sumy'],
      ['injured', 'exact', 4, 'ua-poltava'],
    ])
  })

  it('gives each count the nearest verb before it: launched, then downing', () => {
    expect(
      counts(
        'A total of 60 missiles and 80 drones were launched by Russian forces overnight, with Ukrainian air defence downing 50 missiles and 70 drones, the air force said.',
      ),
    ).toEqual([
      ['launched', 'exact', 60, undefined],
      ['launched', 'exact', 80, undefined],
      ['intercepted', 'exact', 50, undefined],
      ['intercepted', 'exact', 70, undefined],
    ])
  })

  it('reads "out of 120, … shot down 90 drones" as 120 launched and 90 downed', () => {
    expect(
      counts(
        'Russia attacked Ukraine with drones overnight. Out of 120, the air force shot down 90 drones, officials said.',
      ),
    ).toEqual([
      ['launched', 'exact', 120, undefined],
      ['intercepted', 'exact', 90, undefined],
    ])
  })

  it('reads "took down" as downed', () => {
    expect(
      counts('Ukrainian air defence took down three Russian drones over the Rivne region.'),
    ).toEqual([['intercepted', 'exact', 3, 'ua-rivne-oblast']])
  })

  it('reads "Russian air defence destroyed 47 Ukrainian drones" as Ukraine attacking', () => {
    const [a, other] = extract(
      'Russian air defence forces destroyed 47 Ukrainian drones over the Kursk region overnight, the defence ministry in Moscow said.',
      { publishedAt: '2025-10-02', source: { id: 's' } },
    ).flatMap((d) => (d.record.kind === 'attack' ? [d.record as Attack] : []))
    expect(other).toBeUndefined()
    expect(a).toMatchObject({ attackerId: 'ukraine', targetId: 'russia' })
  })

  it('reads the town struck, not the country blamed, as the side hit', () => {
    const [a] = extract(
      'The foreign minister wrote on X that Russia must answer for the strike on Odesa, which killed three people.',
      { publishedAt: '2025-10-02', source: { id: 's' } },
    ).flatMap((d) => (d.record.kind === 'attack' ? [d.record as Attack] : []))
    expect(a).toMatchObject({ attackerId: 'russia', targetId: 'ukraine', placeIds: ['ua-odesa'] })
  })

  it.each([
    [
      'Russia attacked Ukraine overnight with 80 drones and three ballistic missiles, the air force said, adding that 60 drones were shot down.',
      [
        ['launched', 'exact', 80, 'ua'],
        ['launched', 'exact', 3, 'ua'],
        ['intercepted', 'exact', 60, 'ua'],
      ],
    ],
    [
      'Ukrainian air defences intercepted 200 drones out of 250, the military said.',
      [
        ['intercepted', 'exact', 200, undefined],
        ['launched', 'exact', 250, undefined],
      ],
    ],
    [
      'Of the 40 drones, 25 were shot down, the air force said after a Russian attack.',
      [
        ['launched', 'exact', 40, undefined],
        ['intercepted', 'exact', 25, undefined],
      ],
    ],
    [
      'Two dozen Russian drones targeted the city of Kharkiv overnight.',
      [['launched', 'exact', 24, 'ua-kharkiv']],
    ],
  ])('reads the counts of "%s"', (text, expected) => {
    expect(counts(text)).toEqual(expected)
  })

  it('reads "managed to destroy 90 Ukrainian drones over several Russian regions, including …"', () => {
    expect(
      counts(
        'Air defence systems managed to destroy 90 Ukrainian drones over several Russian regions in the past three hours, including 12 drones that were shot down over the Tula region, the ministry said.',
      ),
    ).toEqual([
      ['intercepted', 'exact', 90, 'ru'],
      ['intercepted', 'exact', 12, 'ru-tula-oblast'],
    ])
  })

  it('reads no place in "the crisis between Moscow and Kyiv"', () => {
    const [a] = extract(
      'Airports in Moscow were closed after a large Ukrainian drone attack, the latest escalation in the crisis between Moscow and Kyiv.',
      { publishedAt: '2025-10-02', source: { id: 's' } },
    ).flatMap((d) => (d.record.kind === 'attack' ? [d.record as Attack] : []))
    expect(a?.placeIds).toEqual(['ru-moscow'])
  })

  it('reads "in the Kyiv region" as the oblast, not the city', () => {
    expect(
      counts(
        'Three people were killed and seven injured in a Russian drone attack in the Kyiv region.',
      ),
    ).toEqual([
      ['killed', 'exact', 3, 'ua-kyiv-oblast'],
      ['injured', 'exact', 7, 'ua-kyiv-oblast'],
    ])
  })

  it('reads "Ukrainian forces managed to shoot down 30 of the missiles" as Ukraine hit, not attacking', () => {
    const found = extract(
      'Russia fired 40 missiles at Ukraine overnight. Ukrainian forces managed to shoot down 30 of the missiles, the president said.',
      { publishedAt: '2025-10-02', source: { id: 's' } },
    ).flatMap((d) => (d.record.kind === 'attack' ? [d.record as Attack] : []))
    expect(found.map((a) => [a.attackerId, a.targetId])).toEqual([['russia', 'ukraine']])
  })

  it('reads "A security guard was killed" as one killed', () => {
    expect(
      counts('A Russian missile struck a warehouse in Odesa. A security guard was killed.'),
    ).toEqual([['killed', 'exact', 1, 'ua-odesa']])
  })
})

describe('one count of two kinds of weapon', () => {
  const launched = (text: string) =>
    extract(text, { publishedAt: '2025-10-02', source: { id: 's' } })
      .flatMap((d) => (d.record.kind === 'attack' ? d.record.claims : []))
      .flatMap((c) => (c.fact === 'launched' ? [[c.value.subject, c.value.raw]] : []))

  it('counts "drones and missiles" as weapons, neither drones nor missiles', () => {
    expect(launched('Russia sent 320 drones and missiles against Ukraine overnight.')).toEqual([
      ['weapons', '320 drones and missiles'],
    ])
    expect(
      launched('Overnight Russia struck Ukraine, launching almost 700 missiles and drones.'),
    ).toEqual([['weapons', 'almost 700 missiles and drones']])
  })

  it('keeps two counts apart ("90 drones and four missiles")', () => {
    expect(launched('Russia launched 90 drones and four missiles at Ukraine overnight.')).toEqual([
      ['drones', '90 drones'],
      ['missiles', 'four missiles'],
    ])
  })
})

describe('the day a report stands on', () => {
  it('dates the strike, not "as of" the report, and counts the dead after it', () => {
    const [a] = extract(
      'As of the evening of May 4, 12 people were reported dead after the Russian drone attack on Odesa on May 3, the regional governor said.',
      { publishedAt: '2025-05-05', source: { id: 's' } },
    ).flatMap((d) => (d.record.kind === 'attack' ? [d.record] : []))
    const facts = a?.claims.map((c) => [c.fact, 'start' in c.value ? c.value.start : c.value])
    expect(facts).toContainEqual(['date', '2025-05-03'])
    expect(facts).toContainEqual(['killed', expect.objectContaining({ value: 12 })])
  })
})
