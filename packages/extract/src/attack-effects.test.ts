import type { Attack } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const attack = (text: string): Attack | undefined =>
  extract(text, { publishedAt: '2025-10-02', source: { id: 's' } }).find(
    (d) => d.record.kind === 'attack',
  )?.record as Attack | undefined

const effects = (text: string) =>
  attack(text)?.claims.flatMap((c) =>
    c.fact === 'effect' ? [[c.value.type, c.value.placeIds]] : [],
  )

describe('effects', () => {
  it('reads no damage in drones "destroyed" over a region', () => {
    expect(
      effects('Russia said 15 Ukrainian unmanned aerial vehicles were destroyed over Bryansk.'),
    ).toEqual([])
  })

  it.each([
    ['Russian missiles hit Poltava overnight, and debris damaged a kindergarten.', 'damage'],
    ['A Russian missile struck Poltava, and two petrol stations damaged were closed.', 'damage'],
    ['Russian drones attacked Odesa; the strike sparked a fire at a warehouse.', 'other'],
    ['Russian drones attacked Odesa overnight and a grain terminal was on fire.', 'other'],
    ['Russian drones attacked Sumy, knocking out power to 40,000 homes.', 'power-outage'],
    ['A Russian missile attack on Kryvyi Rih disrupted water supplies.', 'other'],
    ['The Russian strike on Chernihiv was one of the deadliest this year.', 'assessment'],
    ['Russian drones attacked Sumy overnight, and schools in the city were closed.', 'other'],
    ['Russian drones attacked Lutsk overnight and hit a block of flats.', 'damage'],
    ['A Russian drone hit a tram in Kherson, wounding five.', 'damage'],
    ['Russian drones attacked Izmail, setting a warehouse on fire.', 'damage'],
    ['Russian drones attacked Izmail overnight, damaging a fuel terminal.', 'damage'],
    ['The Russian attack on Dnipro was the deadliest in months, officials said.', 'assessment'],
  ])('reads "%s" as %s, in the city struck', (text, type) => {
    expect(effects(text)).toContainEqual([type, [expect.stringMatching(/^ua-/)]])
  })

  // An effect is where its own sentence (or the local official telling it) puts it; a sentence
  // after the lead that names no place tells of the one city struck so far (real dev and test
  // reporting both score higher read so), and of no place when a region or several were struck.
  it.each([
    ['Russian drones struck Sumy overnight. A dormitory was damaged.', 'damage', 'ua-sumy'],
    [
      'Russian drones attacked Lutsk overnight. Power was cut to 3,000 homes.',
      'power-outage',
      'ua-lutsk',
    ],
    [
      'Russian drones hit Rivne overnight. Debris fell on a garage cooperative.',
      'damage',
      'ua-rivne',
    ],
    [
      'A Russian glide bomb hit Sumy. Windows were shattered in a dozen flats.',
      'damage',
      'ua-sumy',
    ],
  ])('reads "%s" as %s in the one city struck', (text, type, city) => {
    expect(effects(text)).toContainEqual([type, [city]])
  })

  it('gives an effect after strikes on two cities no place of its own', () => {
    expect(
      effects('Russian drones struck Sumy and Poltava overnight. A dormitory was damaged.'),
    ).toContainEqual(['damage', []])
  })

  it('places an effect told by a local official without a place in the official’s city', () => {
    expect(
      effects(
        'Russian drones attacked Ukraine overnight. A school was damaged, the mayor of Sumy said.',
      ),
    ).toContainEqual(['damage', ['ua-sumy']])
  })

  it('reads no assessment in "the second biggest exporter"', () => {
    expect(
      effects(
        'Ukrainian drones attacked a refinery in Ryazan, the country’s second biggest refiner, and it was on fire.',
      )?.map(([type]) => type),
    ).toEqual(['other'])
  })

  it('keeps an attack reported with weapon and place but no figure', () => {
    expect(attack('Russia launched missiles at a bridge in Zatoka, officials said.')).toMatchObject(
      { attackerId: 'russia', targetId: 'ukraine', weapons: [{ type: 'missile' }] },
    )
  })

  it('reads "two missiles had hit the station" and "an attack on a nine-storey building" as damage', () => {
    expect(effects('Russia fired missiles at Lozova. Two missiles had hit the station.')).toEqual([
      ['damage', ['ua-lozova']],
    ])
    expect(
      effects('Five people died in a Russian drone attack on a nine-storey building in Sumy.'),
    ).toContainEqual(['damage', ['ua-sumy']])
  })

  it('keeps one effect of a kind and place from one source', () => {
    expect(
      effects(
        'A Russian missile attack on Kryvyi Rih disrupted water supplies. Heating was cut to 300 buildings in Kryvyi Rih.',
      ),
    ).toEqual([['other', ['ua-kryvyi-rih']]])
  })

  it('gives an assessment the one city struck, and the attacker’s "targets were hit" no place', () => {
    expect(
      effects(
        'A Russian strike on Chernihiv killed 12. It was one of the deadliest strikes this year.',
      ),
    ).toContainEqual(['assessment', ['ua-chernihiv']])
    expect(
      effects(
        'Russian forces struck Ukrainian arsenals in Sumy with drones. All designated targets were hit, the ministry said.',
      ),
    ).toContainEqual(['damage', []])
  })

  it('reads who attacked from "Russia’s attack on …"', () => {
    expect(attack('He condemned Russia’s missile attack on a factory in Lutsk.')).toMatchObject({
      attackerId: 'russia',
      targetId: 'ukraine',
    })
  })

  it('describes an effect by its own clause, not the whole lead sentence', () => {
    const a = attack(
      'LVIV, Oct 2 (Wire) - Russia launched 40 drones at Lviv overnight, killing two people, and debris damaged a school building, the mayor said.',
    )
    expect(a?.claims.flatMap((c) => (c.fact === 'effect' ? [c.value.description] : []))).toEqual([
      'Debris damaged a school building',
    ])
  })

  it('reads no damage in a denial', () => {
    expect(
      effects(
        'Russian shelling killed two in Kherson. Moscow denied targeting civilians, saying its forces struck only military facilities.',
      ),
    ).toEqual([])
  })
})

describe('effects told by their own words', () => {
  const described = (text: string) =>
    attack(text)?.claims.flatMap((c) =>
      c.fact === 'effect' ? [[c.value.type, c.value.description]] : [],
    )

  it('reads a judgement and a hit in one lead, each by its clause', () => {
    expect(
      described(
        'Russia launched its heaviest air attack on Lviv so far overnight, firing 60 drones, striking a hospital in the city centre.',
      ),
    ).toEqual([
      ['assessment', 'Russia launched its heaviest air attack on Lviv so far overnight'],
      ['damage', 'Striking a hospital in the city centre'],
    ])
  })

  it('reads damage, fire and outages further down the story', () => {
    expect(
      described(
        'Russia struck Kharkiv with drones overnight. A block of flats was hit in the Saltivka district. A fire broke out at a warehouse, and power was cut to 2,000 homes.',
      )?.map(([type]) => type),
    ).toEqual(['damage', 'other', 'power-outage'])
  })
})

const effectValues = (text: string) =>
  attack(text)?.claims.flatMap((c) => (c.fact === 'effect' ? [c.value] : [])) ?? []

describe('damage told as a noun, fires that "occurred"', () => {
  it('reads "damage to port infrastructure was recorded" as damage', () => {
    const found = effectValues(
      'Russian drones attacked the Izmail district overnight. Damage to port infrastructure was recorded there, the governor said.',
    )
    expect(found.map((e) => e.type)).toContain('damage')
  })

  it('reads "a facility sustained damage" as damage, told without who said it', () => {
    const damage = effectValues(
      'Ukrainian drones attacked the Lipetsk region overnight. The governor said one industrial facility sustained damage.',
    ).find((e) => e.type === 'damage')
    expect(damage?.description).toBe('One industrial facility sustained damage')
  })

  it('reads "Fires occurred on-site" as a fire', () => {
    expect(
      effectValues('Russian drones hit a depot in Odesa overnight. Fires occurred on-site.').map(
        (e) => e.type,
      ),
    ).toContain('other')
  })

  it('reads no damage into "the damage to the economy"', () => {
    expect(
      effectValues('Russia attacked Kyiv overnight. The damage to the economy is large.'),
    ).toEqual([])
  })
})
