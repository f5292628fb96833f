import type { Attack, AttackClaim, Evidence, Weapon } from '@sitrep/domain'
import type { z } from 'zod'
import { clip, parseCount } from '../cells.ts'
import type { DatasetRecord } from '../dataset-item.ts'
import { latinDesignation } from '../designation.ts'
import { fingerprint, ownClaimId } from '../ids.ts'
import type { Report } from './group-reports.ts'
import { affectedRegions, andList, destroyedDetails, resolvePlaceList } from './places.ts'
import { postSource, postSourceId } from './post-source.ts'
import { hull, windowDate } from './time-window.ts'
import { rowQuote, weaponLineClaims } from './weapon-line.ts'
import { resolveWeapons, type WeaponCatalogue } from './weapons.ts'

/** "drones", "a missile", "missiles and drones": what the report counts, from its weapons. */
const whatFlew = (weapons: readonly z.infer<typeof Weapon>[], count: number): string => {
  const types = new Set(weapons.map((w) => (w.type === 'drone' ? 'drone' : 'missile')))
  if (types.size === 2) return 'missiles and drones'
  const noun = types.has('drone') ? 'drone' : 'missile'
  return count === 1 ? noun : `${noun}s`
}

/** "2026-02-07, 02:30–07:30" from the window's "2026-02-07 02:30 – 2026-02-07 07:30". */
export const describeWindow = (raw: string): string => {
  const [start = raw, end = start] = raw.split(' – ')
  if (start === end) return start
  const [startDay, startTime] = start.split(' ')
  const [endDay, endTime] = end.split(' ')
  if (startDay === endDay && startTime && endTime) return `${startDay}, ${startTime}–${endTime}`
  return `${start} – ${end}`
}

/** The report's id: its post and first day, so re-importing the file finds the same record. */
export const reportId = (report: Report): string => {
  const day = hull(report.rows.map((r) => r.window)).startDay
  return `attack-af-${day}-${fingerprint(`${report.source}|${day}`)}`
}

const targetNames = (cells: Readonly<Record<string, string>>) => [
  ...andList(cells.target),
  ...andList(cells.target_main),
  ...affectedRegions(cells['affected region']),
  ...destroyedDetails(cells.destroyed_details).map((d) => d.key),
]

/**
 * One Air Force report as an attack by Russia on Ukraine: every weapon line's counts as claims
 * asserted by the Air Force, the targeted and affected oblasts as places (Ukraine when the
 * report names none the gazetteer holds), and the models as weapons.
 */
export const mapReport = (
  report: Report,
  catalogue: WeaponCatalogue,
  id: string = reportId(report),
): { item: DatasetRecord; problems: { line: number; reason: string }[] } => {
  const window = hull(report.rows.map((r) => r.window))
  const source = postSource(report.source, window.endDay)
  const evidence = (eid: string, quote: string, note?: string): Evidence => ({
    id: ownClaimId(id, eid),
    sourceId: postSourceId(report.source),
    quote,
    assertedBy: { type: 'actor', actorId: 'ua-air-force' },
    attribution: 'dataset',
    channel: 'social-media-post',
    // The Air Force is a party to the war: its counts stay unverified until someone confirms.
    verification: 'unverified',
    ...(note ? { note } : {}),
  })
  const places = resolvePlaceList(report.rows.flatMap((r) => targetNames(r.cells)))
  // "Ukraine" as the target adds nothing once an oblast is named.
  const specific = places.placeIds.filter((p) => p !== 'ua')
  const placeIds = specific.length > 0 ? specific.slice(0, 200) : ['ua']
  const scope = 'ua'
  const models = report.rows.map((r) => latinDesignation(r.cells.model?.trim() ?? ''))
  const weapons: z.infer<typeof Weapon>[] = []
  const claims: AttackClaim[] = [
    {
      ...evidence(
        'date',
        clip(report.rows.map((r) => `${r.cells.model}: ${r.window.raw}`).join('; '), 5000),
      ),
      fact: 'date',
      value: windowDate(window),
    },
  ]
  const problems: { line: number; reason: string }[] = []
  for (const row of report.rows) {
    const model = latinDesignation(row.cells.model?.trim() ?? '')
    const resolved = resolveWeapons(catalogue, model)
    for (const w of resolved.weapons)
      if (!weapons.some((x) => x.model === w.model) && weapons.length < 50) weapons.push(w)
    const repeated = models.filter((m) => m === model).length > 1
    const line = weaponLineClaims(row, resolved, {
      evidence,
      scope,
      subject: repeated ? `${model} (line ${row.line})` : model,
    })
    claims.push(...line.claims)
    for (const reason of line.problems) problems.push({ line: row.line, reason })
    const hits = parseCount(row.cells.num_hit_location)
    const debris = parseCount(row.cells.num_fall_fragment_location)
    if (hits !== undefined || debris !== undefined)
      claims.push({
        ...evidence(
          `l${row.line}-hits`,
          rowQuote(row, [
            'model',
            'num_hit_location',
            'num_fall_fragment_location',
            'affected region',
          ]),
        ),
        fact: 'effect',
        value: {
          type: 'damage',
          placeIds: resolvePlaceList(affectedRegions(row.cells['affected region'])).placeIds.slice(
            0,
            50,
          ),
          description: `${model}: hits recorded at ${hits ?? 'an unstated number of'} locations, debris fell at ${debris ?? 'an unstated number of'}`,
        },
      })
  }
  const sum = (column: string) =>
    report.rows.reduce((n, r) => n + (parseCount(r.cells[column]) ?? 0), 0)
  const total = sum('launched')
  const destroyed = sum('destroyed')
  const lost = sum('not_reach_goal')
  const names = [...new Set(models)]
  const launchedEach = report.rows.flatMap((r) => {
    const n = parseCount(r.cells.launched)
    return n === undefined ? [] : [`${n} ${latinDesignation(r.cells.model?.trim() ?? '')}`]
  })
  const record: Attack = {
    kind: 'attack',
    id,
    title: clip(
      // The count and the models first: what a narrow list shows of it, the day is beside it.
      `${total} launched (${names.join(', ')})${destroyed > 0 ? `, ${destroyed} destroyed` : ''}`,
      300,
    ),
    summary: clip(
      [
        `The Ukrainian Air Force reported ${total} ${whatFlew(weapons, total)} launched at Ukraine on ${describeWindow(window.raw)}${launchedEach.length > 1 ? ` (${launchedEach.join(', ')})` : ''}: ${destroyed} destroyed${lost > 0 ? `, ${lost} lost to electronic warfare` : ''}.`,
        places.unresolved.length > 0 &&
          `Areas named that the gazetteer does not hold: ${places.unresolved.join(', ')}.`,
      ]
        .filter(Boolean)
        .join(' '),
      4000,
    ),
    attackerId: 'russia',
    targetId: 'ukraine',
    placeIds,
    weapons,
    claims: claims.slice(0, 500),
  }
  return { item: { lines: report.rows.map((r) => r.line), sources: [source], record }, problems }
}
