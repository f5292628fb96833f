import { type Attack, SitrepRecord } from '@sitrep/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import type { MappedDataset } from '../dataset-item.ts'
import { CIR_EVENTS, hasRealData, readCsvFile, SKIP_MESSAGE } from '../testing/real-data.ts'
import { mapEventGroup } from './event-groups.ts'
import { mapCirEvents } from './map-cir-events.ts'

if (!hasRealData) console.warn(SKIP_MESSAGE)

describe('CIR/Bellingcat event groups', () => {
  it.each([
    ['Civilian Infrastructure Damage March 2022', 'attack'],
    ['Bombing or Explosion Feb - June', 'attack'],
    ['Russian Military Losses Feb - June', 'attack'],
    ['Russian Military Presence February 2022', 'skip'],
    ['Detentions or Arrests', 'skip'],
    ['Something new', 'skip'],
  ])('maps %s to %s', (group, kind) => {
    expect(mapEventGroup(group).kind).toBe(kind)
  })
})

describe.skipIf(!hasRealData)('the real events.csv', () => {
  let mapped: MappedDataset
  const at = (line: number): Attack => {
    const r = mapped.records.find((x) => x.lines.includes(line))?.record
    if (r?.kind !== 'attack') throw new Error(`no attack from line ${line}`)
    return r
  }
  beforeAll(async () => {
    mapped = mapCirEvents(await readCsvFile(CIR_EVENTS))
  })

  it('accounts for every row: an attack, or skipped with a reason', () => {
    expect(mapped.rowsRead).toBe(6650)
    expect(mapped.records.length + mapped.skipped.length + mapped.rejected.length).toBe(6650)
    expect(mapped.rejected).toEqual([])
    for (const r of mapped.records) expect(SitrepRecord.safeParse(r.record).success).toBe(true)
    expect(new Set(mapped.records.map((r) => r.record.id)).size).toBe(mapped.records.length)
  })

  it('places a Mariupol school strike in its city and in Donetsk oblast (spelled "Donets\'ka oblast")', () => {
    const school = at(2517)
    expect(school.id).toBe('attack-cir-uw3858')
    expect(school.placeIds).toEqual(expect.arrayContaining(['ua-mariupol', 'ua-donetsk-oblast']))
    expect(school.attackerId).toBe('russia')
  })

  it('keeps both links as sources: the report and its geolocation', () => {
    const item = mapped.records.find((r) => r.lines.includes(2517))
    expect(item?.sources.map((s) => s.url?.slice(0, 30))).toEqual([
      'https://t.me/mariupolnow/4123',
      'https://www.google.de/maps/pla',
    ])
    const geo = at(2517).claims.find((c) => c.id.endsWith('.geo'))
    expect(geo?.sourceId).toBe('src-cir-uw3858-geo')
  })

  it('names the violence level and the coordinates in the evidence note', () => {
    expect(at(487).claims[0]?.note).toMatch(/Geolocated at 49.990083, 36.359339.*violence level 1/)
  })

  it('records Russian military losses as attacks by Ukraine', () => {
    expect(at(530)).toMatchObject({ attackerId: 'ukraine', targetId: 'russia' })
  })

  it('keeps a row without a date, its date unresolved with the reason', () => {
    expect(at(6648).claims.find((c) => c.fact === 'date')?.value).toMatchObject({
      resolved: false,
      reason: 'the dataset row gives no date',
    })
  })

  it('skips sightings of forces with their reason, never silently', () => {
    expect(mapped.skipped.find((s) => s.line === 2)?.reason).toMatch(/sighting of Russian forces/)
  })

  it('gives a row without an entry id one made from its cells (line 1389)', () => {
    expect(at(1389).id).toMatch(/^attack-cir-row-[0-9a-z]{10,11}$/)
  })
})
