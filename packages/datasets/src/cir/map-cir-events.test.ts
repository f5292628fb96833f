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
    // "Mariupol'" is the gazetteer's Mariupol spelled with a soft sign: no place to add.
    expect(school.claims[0]?.note).not.toContain('not in the gazetteer')
    expect(school.attackerId).toBe('russia')
  })

  it("keeps the row's coordinates as the attack's exact location", () => {
    const school = at(2517)
    expect(school.location).toMatchObject({
      precision: 'exact',
      origin: 'cir',
    })
    expect(school.location?.lat).toBeCloseTo(47.1, 0)
  })

  it('keeps the report link as the source, the coordinates and geolocation link in the quote, no effect', () => {
    const item = mapped.records.find((r) => r.lines.includes(2517))
    expect(item?.sources.map((s) => s.url?.slice(0, 30))).toEqual(['https://t.me/mariupolnow/4123'])
    const school = at(2517)
    expect(school.claims.map((c) => c.fact)).toEqual(['date', 'effect'])
    expect(school.claims[1]?.quote).toMatch(/lat=.*; lon=.*; geolocation=https:\/\/www\.google/)
    for (const r of mapped.records)
      for (const c of r.record.claims)
        if (c.fact === 'effect') expect(c.value.description).not.toMatch(/^Geolocated at/)
  })

  it('says where it was and how violent in words, in the note and the summary', () => {
    const strike = at(487)
    expect(strike.claims[0]?.note).toMatch(
      /^Location: .*\(49\.990083, 36\.359339\)\. CIR rates its violence 1 of 5\./,
    )
    expect(strike.summary).not.toMatch(/violence level|CIR scale|GRAPHIC|=/)
    expect(strike.summary).toMatch(/ In .*\(49\.990083, 36\.359339\)\./)
  })

  it('titles without the "16/02/2022" prefix the date already gives', () => {
    const titled = mapped.records.filter((r) => /^\d{2}\/\d{2}\/\d{4} /.test(r.record.title))
    expect(titled).toEqual([])
  })

  it('warns of a row whose title names another day than its date, once per row', () => {
    expect(mapped.warnings.length).toBeGreaterThan(0)
    expect(mapped.warnings[0]?.reason).toMatch(
      /^the title is dated \d{4}-\d{2}-\d{2} but the row's date is \d{4}-\d{2}-\d{2}/,
    )
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

describe('a CIR row given as text', () => {
  const cells = {
    entry: 'UW0001',
    date: '2022-02-16',
    event_group: 'Civilian Infrastructure Damage February 2022',
    title: '16/03/2022 Damage to a school in Kharkiv',
    'brief description': 'damage to a school in Kharkiv',
    lat: '49.99',
    lon: '36.36',
    country: 'Ukraine',
    province: 'Kharkiv Oblast',
    district: '',
    'town/city': 'Kharkiv',
    'arms/munition': 'Grad',
    'violence level': 'GRAPHIC',
    link: 'https://t.me/example/1',
    geolocation: 'https://maps.example/1',
  }

  it('reads like a record: a title without its date, a summary in sentences, one source', () => {
    const mapped = mapCirEvents([{ line: 2, cells }])
    const record = mapped.records[0]?.record
    expect(record?.title).toBe('Damage to a school in Kharkiv')
    expect(record?.summary).toBe(
      'Damage to a school in Kharkiv. In Kharkiv, Kharkiv Oblast, Ukraine (49.99, 36.36). Munitions: Grad. CIR marks its footage graphic.',
    )
    expect(mapped.records[0]?.sources).toHaveLength(1)
    expect(mapped.warnings).toEqual([
      {
        line: 2,
        reason:
          "the title is dated 2022-03-16 but the row's date is 2022-02-16; the row's date is kept",
      },
    ])
  })

  it('keeps a title that names the row’s own day quietly', () => {
    const mapped = mapCirEvents([{ line: 2, cells: { ...cells, title: '16/02/2022 Damage' } }])
    expect(mapped.records[0]?.record.title).toBe('Damage')
    expect(mapped.warnings).toEqual([])
  })
})
