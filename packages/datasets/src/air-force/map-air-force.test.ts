import { type Attack, SitrepRecord } from '@sitrep/domain'
import { beforeAll, describe, expect, it } from 'vitest'
import { chunksOf, readCsv } from '../csv/read-csv.ts'
import type { MappedDataset } from '../dataset-item.ts'
import {
  AIR_FORCE_ATTACKS,
  AIR_FORCE_REFERENCE,
  hasRealData,
  readCsvFile,
  SKIP_MESSAGE,
} from '../testing/real-data.ts'
import { mapAirForce } from './map-air-force.ts'
import { resolveAirForcePlace } from './places.ts'
import { parseWindow } from './time-window.ts'

if (!hasRealData) console.warn(SKIP_MESSAGE)

const attackOf = (m: MappedDataset, line: number): Attack => {
  const found = m.records.find((r) => r.lines.includes(line))?.record
  if (found?.kind !== 'attack') throw new Error(`no attack from line ${line}`)
  return found
}
const sum = (a: Attack, fact: string, subject: string) =>
  a.claims
    .filter((c) => c.fact === fact && 'qualifier' in c.value && c.value.subject === subject)
    .reduce(
      (s, c) => s + ('value' in c.value && typeof c.value.value === 'number' ? c.value.value : 0),
      0,
    )

describe('cells the Air Force file writes oddly', () => {
  it('reads one-digit hours and trailing spaces (rows of 16 May 2023 and 6 March 2025)', () => {
    expect(parseWindow('2023-05-16 3:30', '2023-05-16 07:00')).toMatchObject({
      startDay: '2023-05-16',
    })
    expect(parseWindow('2025-03-06 21:00 ', '2025-03-07 10:00')).toMatchObject({
      endDay: '2025-03-07',
    })
    expect(parseWindow('2024-05-16', '2024-05-16 ')).toMatchObject({ startDay: '2024-05-16' })
    expect(parseWindow('yesterday', '2024-05-16')).toMatch(/not a date/)
  })
  it('resolves Crimea suffixes, raion suffixes and oblasts to the gazetteer', () => {
    expect(resolveAirForcePlace('Hvardiiske, Crimea')).toBe('ua-crimea')
    expect(resolveAirForcePlace('Dnipropetrovsk oblast, Dnipro Raion')).toBe(
      'ua-dnipropetrovsk-oblast',
    )
    expect(resolveAirForcePlace('Kyiv oblast')).toBe('ua-kyiv-oblast')
    // Russian launch sites are gazetteer towns now; an airfield named by its village is not.
    expect(resolveAirForcePlace('Primorsko-Akhtarsk')).toBe('ru-primorsko-akhtarsk')
    expect(resolveAirForcePlace('Shatalovo')).toBeUndefined()
  })
})

describe.skipIf(!hasRealData)('the real Air Force file', () => {
  let mapped: MappedDataset
  beforeAll(async () => {
    mapped = mapAirForce(
      await readCsvFile(AIR_FORCE_ATTACKS),
      await readCsvFile(AIR_FORCE_REFERENCE),
    )
  })

  it('turns every row into part of a valid attack, none lost', () => {
    expect(mapped.rowsRead).toBe(3378)
    const covered = new Set(mapped.records.flatMap((r) => r.lines))
    expect(covered.size + mapped.rejected.length).toBe(3378)
    for (const r of mapped.records) expect(SitrepRecord.safeParse(r.record).success).toBe(true)
    expect(new Set(mapped.records.map((r) => r.record.id)).size).toBe(mapped.records.length)
  })

  it('makes the night of 20–21 July 2025 one attack: 426 Shahed-type drones and 24 missiles', () => {
    const night = attackOf(mapped, 675)
    expect(night.claims.find((c) => c.fact === 'date')?.value).toMatchObject({
      start: '2025-07-20',
      end: '2025-07-21',
      precision: 'night',
    })
    expect(sum(night, 'launched', 'Shahed-136/131')).toBe(426)
    expect(sum(night, 'intercepted', 'Shahed-136/131')).toBe(200)
    expect(sum(night, 'intercepted', 'Shahed-136/131: lost to electronic warfare')).toBe(203)
    const missiles = ['X-47 Kinzhal', 'X-101/X-555', 'Kalibr', 'Iskander-K']
    expect(missiles.reduce((s, m) => s + sum(night, 'launched', m), 0)).toBe(24)
    expect(night.placeIds).toEqual(
      expect.arrayContaining(['ua-kyiv-oblast', 'ua-kharkiv-oblast', 'ua-ivano-frankivsk-oblast']),
    )
    expect(night.weapons).toContainEqual({ type: 'missile', model: 'X-47 Kinzhal' })
    const claim = night.claims.find((c) => c.fact === 'launched')
    expect(claim?.assertedBy).toEqual({ type: 'actor', actorId: 'ua-air-force' })
    expect(claim?.attribution).toBe('dataset')
  })

  it('names the S-300 as the reference does, not "C-300" as the file types it', () => {
    const models = mapped.records.flatMap((r) =>
      r.record.kind === 'attack' ? r.record.weapons.map((w) => w.model) : [],
    )
    expect(models).toContain('S-300')
    expect(models.filter((m) => m?.startsWith('C-'))).toEqual([])
  })

  it('keeps Cyrillic model names of regional posts as drones (Молнія, line 681)', () => {
    expect(attackOf(mapped, 681).weapons).toContainEqual({ type: 'drone', model: 'Молнія' })
  })

  it('splits " and "-joined models into the weapons the reference knows', () => {
    const line = mapped.records.find(
      (r) =>
        r.record.kind === 'attack' &&
        r.record.weapons.some((w) => w.model === 'Iskander-K') &&
        r.record.weapons.some((w) => w.model === 'Iskander-M/KN-23'),
    )
    expect(line).toBeDefined()
  })

  it('points the evidence at the post: Facebook paths and Telegram links', () => {
    const urls = mapped.records.flatMap((r) => r.sources.map((s) => s.url))
    expect(urls).toContain(
      'https://www.facebook.com/kpszsu/posts/pfbid08Pp7rtMKkHg8a2gRBQJ64uBktBtiENYYeGgCPNzpwava5YwMnMncLKMDrzRryHhil',
    )
    expect(urls).toContain('https://t.me/kpszsu/20048')
  })

  it('maps the same file to the same ids every time', async () => {
    const again = mapAirForce(
      await readCsvFile(AIR_FORCE_ATTACKS),
      await readCsvFile(AIR_FORCE_REFERENCE),
    )
    expect(again.records.map((r) => r.record.id)).toEqual(mapped.records.map((r) => r.record.id))
  })
})

describe('a report given as text', () => {
  it('rejects a row with an unreadable time, with its line and reason', async () => {
    const csv = `time_start,time_end,model,launched,destroyed,source\nsoon,2025-07-21 09:30,Kalibr,4.0,4.0,kpszsu/posts/x\n`
    const rows = []
    for await (const r of readCsv(chunksOf(csv))) rows.push(r)
    const m = mapAirForce(rows, [])
    expect(m.rejected).toEqual([
      { line: 2, reason: 'time_start "soon" is not a date or date and time' },
    ])
  })

  it('keeps a row whose count is not a number, without that count, and warns with the reason', async () => {
    const csv = `time_start,time_end,model,launched,destroyed,source\n2025-07-21 00:30,2025-07-21 06:30,Kalibr,many,4.0,kpszsu/posts/x\n`
    const rows = []
    for await (const r of readCsv(chunksOf(csv))) rows.push(r)
    const m = mapAirForce(rows, [])
    expect(m.rejected).toEqual([])
    expect(m.warnings).toEqual([{ line: 2, reason: 'launched "many" is not a count' }])
    const claims = m.records[0]?.record.claims ?? []
    expect(claims.map((c) => c.fact)).toEqual(['date', 'intercepted'])
  })

  it('titles and summarises a report in words, Cyrillic look-alikes in Latin (С-300 → S-300)', async () => {
    const csv = [
      'time_start,time_end,model,launched,destroyed,not_reach_goal,source',
      '2025-07-21 00:30,2025-07-21 06:30,Kalibr,4.0,3.0,,kpszsu/posts/x',
      '2025-07-21 00:30,2025-07-21 06:30,С-300,2.0,0.0,1.0,kpszsu/posts/x',
    ].join('\n')
    const rows = []
    for await (const r of readCsv(chunksOf(`${csv}\n`))) rows.push(r)
    const reference = [
      { line: 2, cells: { model: 'Kalibr', category: 'cruise missile' } },
      { line: 3, cells: { model: 'S-300', category: 'surface-to-air missile' } },
    ]
    const record = mapAirForce(rows, reference).records[0]?.record
    expect(record?.title).toBe('6 launched (Kalibr, S-300), 3 destroyed')
    expect(record?.summary).toBe(
      'The Ukrainian Air Force reported 6 missiles launched at Ukraine on 2025-07-21, 00:30–06:30 (4 Kalibr, 2 S-300): 3 destroyed, 1 lost to electronic warfare.',
    )
    expect(record?.kind === 'attack' && record.weapons).toEqual([
      { type: 'missile', model: 'Kalibr' },
      { type: 'missile', model: 'S-300' },
    ])
  })
})
