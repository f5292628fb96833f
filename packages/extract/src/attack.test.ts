import type { Attack } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const attacks = (text: string, publishedAt = '2025-09-15'): Attack[] =>
  extract(text, { publishedAt, source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'attack' ? [d.record] : [],
  )
const facts = (a: Attack | undefined) => a?.claims.map((c) => [c.fact, c.value])

describe('attacks', () => {
  it('reads launched and intercepted counts of a wave, with who fired', () => {
    const [a] = attacks(
      'Ukraine’s air force said on Monday that Russia had launched 58 drones and four missiles overnight, of which 49 drones were shot down.',
    )
    expect(a).toMatchObject({
      attackerId: 'russia',
      targetId: 'ukraine',
      weapons: [{ type: 'drone' }, { type: 'missile' }],
    })
    expect(facts(a)).toEqual(
      expect.arrayContaining([
        ['launched', expect.objectContaining({ value: 58, subject: 'drones' })],
        ['launched', expect.objectContaining({ value: 4, subject: 'missiles' })],
        ['intercepted', expect.objectContaining({ value: 49, subject: 'drones' })],
      ]),
    )
    expect(a?.claims[0]?.assertedBy).toEqual({ type: 'actor', actorId: 'ua-air-force' })
  })

  it('keeps "up to" as a ceiling and "killing two" as a toll, in the city named', () => {
    const [a] = attacks(
      'Russian forces struck Zaporizhzhia with guided aerial bombs on Sunday evening, killing two people and wounding up to 17, regional governor Ivan Fedorov said.',
      '2025-11-10',
    )
    expect(facts(a)).toEqual(
      expect.arrayContaining([
        [
          'killed',
          expect.objectContaining({ qualifier: 'exact', value: 2, scope: 'ua-zaporizhzhia' }),
        ],
        [
          'injured',
          expect.objectContaining({ qualifier: 'at-most', value: 17, scope: 'ua-zaporizhzhia' }),
        ],
        ['date', expect.objectContaining({ start: '2025-11-09', precision: 'part-of-day' })],
      ]),
    )
    expect(a?.weapons).toEqual([{ type: 'glide-bomb' }])
  })

  it('separates strikes by each side into two attacks', () => {
    const found = attacks(
      'Russia struck Kyiv with drones overnight, killing two people, Ukrainian officials said. Ukrainian drones hit an oil refinery in Ryazan, Russian regional authorities said.',
      '2025-09-08',
    )
    expect(found.map((a) => [a.attackerId, a.targetId, a.placeIds])).toEqual([
      ['russia', 'ukraine', ['ua-kyiv']],
      ['ukraine', 'russia', ['ru-ryazan']],
    ])
  })

  it('records "no casualties" as counts of zero', () => {
    const [a] = attacks('Russian drones attacked Lviv overnight. No casualties were reported.')
    expect(facts(a)).toEqual(
      expect.arrayContaining([
        ['killed', expect.objectContaining({ value: 0 })],
        ['injured', expect.objectContaining({ value: 0 })],
      ]),
    )
  })
})

describe("a count's scope is the place its own sentence names", () => {
  const kyivNight =
    'Russia attacked Kyiv with drones overnight into Monday, killing one person and wounding seven, officials said.'
  const injured = (follow: string) =>
    attacks(`${kyivNight}\n${follow}`, '2025-07-21')
      .flatMap((a) => a.claims)
      .flatMap((c) =>
        c.fact === 'injured' && c.value.qualifier !== 'range'
          ? [[c.value.value, c.value.scope] as const]
          : [],
      )

  it.each([
    ['Four people were also injured in Ivano-Frankivsk, the mayor said.', 'ua-ivano-frankivsk'],
    ["Ivano-Frankivsk's mayor said four people were injured there.", 'ua-ivano-frankivsk'],
    [
      'The governor of Ivano-Frankivsk region said four people were wounded.',
      'ua-ivano-frankivsk-oblast',
    ],
    ['Four people were hurt in Kharkiv, the regional governor said.', 'ua-kharkiv'],
    ['Elsewhere, four people were injured by falling debris.', undefined],
    ['Four more people were injured, officials said.', undefined],
  ])('%s', (follow, scope) => {
    expect(injured(follow)).toEqual([
      [7, 'ua-kyiv'],
      [4, scope],
    ])
  })

  it('still gives a toll whose sentence names no place the one city struck so far', () => {
    expect(
      injured('Four more were taken to hospital. Three people were injured, officials said.'),
    ).toContainEqual([3, 'ua-kyiv'])
  })
})

describe('who speaks for the side attacked, and who fired when no state is named', () => {
  const asserters = (a: Attack | undefined) => [
    ...new Set(
      a?.claims.map((c) => (c.assertedBy.type === 'actor' ? c.assertedBy.actorId : 'unnamed')),
    ),
  ]

  it('reads "the air force" of a strike on the country as the defending air force', () => {
    const [a] = attacks(
      'Russia sent 64 drones and two cruise missiles against Ukraine overnight, the Air Force reported.',
    )
    expect(asserters(a)).toEqual(['ua-air-force'])
  })

  it('reads "the ministry" under a count of drones downed as the defending defence ministry', () => {
    const [a] = attacks(
      'Air defence crews destroyed 14 Ukrainian drones above the Tambov and Lipetsk regions, the ministry said.',
    )
    expect(a).toMatchObject({ attackerId: 'ukraine', targetId: 'russia' })
    expect(asserters(a)).toEqual(['ru-mod'])
  })

  it('takes the attacker from a weapon only one side fires, and a clock time is no date', () => {
    const [a] = attacks(
      'The enemy attacked with 37 Shahed drones, the air force said. By 8 a.m., 30 of them had been shot down.',
    )
    expect(a).toMatchObject({ attackerId: 'russia', targetId: 'ukraine' })
    expect(facts(a)).toEqual([
      ['launched', expect.objectContaining({ value: 37 })],
      ['intercepted', expect.objectContaining({ value: 30 })],
    ])
  })

  it('reads the share after "of which" and counts "over Russian regions" for the country', () => {
    const [ua] = attacks(
      'Ukraine’s military said Russia had launched 58 drones overnight, of which 41 were shot down or jammed.',
    )
    expect(facts(ua)).toEqual(
      expect.arrayContaining([['intercepted', expect.objectContaining({ value: 41 })]]),
    )
    const [ru] = attacks(
      'The Russian Defence Ministry said 22 Ukrainian drones were downed over Russian regions overnight.',
    )
    expect(facts(ru)).toEqual(
      expect.arrayContaining([
        ['intercepted', expect.objectContaining({ value: 22, scope: 'ru' })],
      ]),
    )
  })
})

describe('places, victims and bodies as real reports name them', () => {
  it('reads each city of "Chernihiv, Sumy and Poltava regions" as its oblast', () => {
    const [a] = attacks(
      'Russian drones hit substations overnight, cutting power in Chernihiv, Sumy and Poltava regions.',
    )
    expect(a?.placeIds).toEqual(['ua-chernihiv-oblast', 'ua-sumy-oblast', 'ua-poltava-oblast'])
  })

  it('counts one victim after a past-tense verb: "wounded a 70-year-old man"', () => {
    const [a] = attacks('Russian artillery fire on Kherson wounded a 70-year-old man on Tuesday.')
    expect(facts(a)).toEqual(
      expect.arrayContaining([['injured', expect.objectContaining({ value: 1 })]]),
    )
  })

  it('reads a ministry or service the dictionary lacks as an unnamed body of the side', () => {
    const [a] = attacks(
      'A Russian missile hit a hospital in Sumy, killing two people, the country’s health ministry said.',
    )
    expect(a?.claims[0]?.assertedBy).toEqual({
      type: 'unnamed',
      description: 'health ministry',
      affiliationId: 'ukraine',
    })
  })
})

describe('asserters a lead leaves open', () => {
  const asserter = (text: string) => attacks(text)[0]?.claims[0]?.assertedBy

  it('reads "According to officials" without a comma, and after "However,"', () => {
    expect(
      asserter(
        'According to officials at least 12 people were killed by a Russian strike on Sumy.',
      ),
    ).toEqual({ type: 'unnamed', description: 'officials', affiliationId: 'ukraine' })
    expect(
      asserter(
        'Russian drones attacked Poltava, said regional governor Volodymyr Kohut.\nHowever, according to his data, two people were injured in a village nearby.',
      ),
    ).toEqual({ type: 'actor', actorId: 'new-volodymyr-kohut' })
  })

  it('names the "local official" of a lead by the quote that follows it', () => {
    const [a] = attacks(
      'A Russian drone killed two people in Nikopol on Sunday, a local official said.\n"Two men died on the spot," said Petro Ivanenko, head of the town administration.',
    )
    expect(a?.claims.map((c) => c.assertedBy)).toContainEqual({
      type: 'actor',
      actorId: 'new-petro-ivanenko',
    })
    expect(a?.claims.map((c) => c.assertedBy.type)).not.toContain('unnamed')
  })
})

describe('a lead that tells the strike without a count', () => {
  it('keeps the night and the city of "an aerial assault …, targeting … in Odesa"', () => {
    const [a] = attacks(
      'Russia carried out a heavy aerial assault overnight into Monday, targeting the port of Odesa. The air force said 120 drones were launched.',
    )
    expect(a?.placeIds).toContain('ua-odesa')
    expect(facts(a)).toContainEqual([
      'date',
      expect.objectContaining({ start: '2025-09-14', end: '2025-09-15', precision: 'night' }),
    ])
  })

  it('keeps the city where "explosions rang out"', () => {
    const [a] = attacks(
      'Explosions rang out in Dnipro late on Sunday, witnesses said. Russia launched 40 drones overnight, the air force said.',
    )
    expect(a?.placeIds).toContain('ua-dnipro')
  })
})

describe('the capital by its role', () => {
  it('reads "the Ukrainian capital" as Kyiv, and "the Russian capital" as no Ukrainian city', () => {
    expect(
      attacks(
        'Russian drones struck across the Ukrainian capital overnight, killing two people.',
      )[0]?.placeIds,
    ).toEqual(['ua-kyiv'])
    expect(
      attacks(
        'Russian missiles struck Odesa overnight, a day after talks in the Russian capital.',
      )[0]?.placeIds,
    ).not.toContain('ua-kyiv')
  })
})
