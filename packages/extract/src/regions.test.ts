import type { Attack } from '@sitrep/domain'
import { describe, expect, it } from 'vitest'
import { extract } from './extract.ts'

const attack = (text: string): Attack | undefined =>
  extract(text, { publishedAt: '2025-10-02', source: { id: 's' } }).flatMap((d) =>
    d.record.kind === 'attack' ? [d.record] : [],
  )[0]

describe('Russian regions', () => {
  it('reads "the Tula Region" as the gazetteer’s region, not the city', () => {
    const found = extract(
      'Air defences shot down 12 Ukrainian drones over the Tula Region overnight, the ministry said.',
      { publishedAt: '2025-10-02', source: { id: 's' } },
    ).find((d) => d.record.kind === 'attack')
    expect(found?.record).toMatchObject({ placeIds: ['ru-tula-oblast'] })
    expect(found?.newNames.map((n) => n.proposedId)).not.toContain('new-tula-region')
  })

  it('reads every name of "the Oryol, Tver and Kaluga regions" as a region', () => {
    expect(
      attack('Air defences destroyed 30 Ukrainian drones over the Oryol, Tver and Kaluga regions.')
        ?.placeIds,
    ).toEqual(['ru-oryol-oblast', 'ru-tver-oblast', 'ru-kaluga-oblast'])
  })

  it('reads a krai, a republic and "the region of" as Russia’s subjects', () => {
    expect(
      attack('Ukrainian drones attacked an oil depot in Krasnodar Krai, injuring two people.')
        ?.placeIds,
    ).toEqual(['ru-krasnodar-krai'])
    expect(
      attack('A Ukrainian drone hit a factory in the Republic of Tatarstan, injuring three.')
        ?.placeIds,
    ).toEqual(['ru-tatarstan'])
    expect(
      attack('A Ukrainian drone struck a substation in the Russian region of Belgorod overnight.')
        ?.placeIds,
    ).toEqual(['ru-belgorod-oblast'])
  })

  it('keeps a region the gazetteer lacks under a proposed id', () => {
    const found = extract(
      'A Russian drone crashed in the Minsk region of Belarus, injuring one person.',
      { publishedAt: '2025-10-02', source: { id: 's' } },
    ).find((d) => d.record.kind === 'attack')
    expect(found?.newNames.map((n) => n.proposedId)).toContain('new-minsk-region')
  })

  it('keeps a Russian city named alone as the city', () => {
    expect(
      attack('A Ukrainian drone struck a depot in Tula, injuring two people.')?.placeIds,
    ).toEqual(['ru-tula'])
  })

  it('takes the place from a sentence that names the target but gives no count', () => {
    expect(
      attack(
        'Russian forces launched a missile strike on Poltava in the morning. Six people were injured.',
      ),
    ).toMatchObject({ placeIds: ['ua-poltava'] })
  })

  it('reads "Sumy district" as the district, and a city’s own district as the city', () => {
    const district = attack('Russian troops shelled Sumy district, wounding two civilians.')
    expect(district?.placeIds).toEqual(['new-sumy-district'])
    expect(district?.claims.find((c) => c.fact === 'injured')?.value).toMatchObject({
      scope: 'new-sumy-district',
    })
    expect(
      attack('Russian drone debris fell in the Obolonskyi district of Kyiv, injuring two people.')
        ?.placeIds,
    ).toEqual(['ua-kyiv'])
  })

  it('reads no place in "on Palm Sunday"', () => {
    expect(
      attack('A Russian missile struck Sumy on Palm Sunday, killing 30 people.')?.placeIds,
    ).toEqual(['ua-sumy'])
  })
})

describe('places named as regions or titles', () => {
  it('reads the names listed after "regions:" as regions', () => {
    expect(
      attack(
        'Air defences destroyed 11 Ukrainian drones over three regions: 6 in Bryansk, 3 in Oryol and 2 in Tula.',
      )?.placeIds,
    ).toEqual(['ru-bryansk-oblast', 'ru-oryol-oblast', 'ru-tula-oblast'])
  })

  it('reads no place in a governor’s title before his name', () => {
    expect(
      attack(
        'Kursk Governor Alexander Khinshtein said a Ukrainian drone hit a car in Rylsk, injuring two.',
      )?.placeIds,
    ).toEqual(['ru-rylsk'])
  })

  it('reads the English spelling of a Russian town', () => {
    expect(
      attack('Ukrainian drones set fire to the Afipsky oil refinery, injuring one worker.')
        ?.placeIds,
    ).toEqual(['ru-afipsky'])
  })
})

describe('what is no place of an attack', () => {
  it('reads no place in a sea, nor in "the Black Sea port of" before the port', () => {
    expect(
      attack('Russian forces destroyed three Ukrainian drone boats in the Black Sea overnight.')
        ?.placeIds ?? [],
    ).toEqual([])
    expect(
      attack(
        'Ukrainian drones struck an oil depot in the Black Sea port of Tuapse, injuring two people.',
      )?.placeIds,
    ).toEqual(['ru-tuapse'])
  })
})
