import {
  type Attack,
  BLANK_DATE_TEXT,
  type Evidence,
  type FuzzyDate,
  type Source,
  type Statement,
} from '@sitrep/domain'
import { clip, parseCount } from '../cells.ts'
import type { CsvRecord } from '../csv/read-csv.ts'
import type { DatasetRecord, MappedDataset, RowOutcome } from '../dataset-item.ts'
import { ownClaimId, slugPart } from '../ids.ts'
import { nearestCity, resolveOblast } from '../places-near.ts'

/**
 * ACLED's export (event_id_cnty … timestamp). Battles, Explosions/Remote violence and Violence
 * against civilians are attacks (actor1 the attacker, actor2 or the location the target);
 * Strategic developments of sub-type Agreement are statements by actor1 (sitrep's talks need
 * parties, venue and round, which a row does not give); Protests, Riots and other strategic
 * developments describe no attack or agreement and are skipped with that reason.
 */
const ATTACK_TYPES = new Set([
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
])

const sideOf = (actor: string): 'russia' | 'ukraine' | undefined =>
  /russia/i.test(actor) ? 'russia' : /ukrain/i.test(actor) ? 'ukraine' : undefined

/**
 * ACLED's geo_precision: 1 the town itself, 2 a part of a region near it, 3 a provincial capital
 * standing for the whole region. Coordinates of a row without one say no more than its oblast.
 */
const GEO_PRECISION = { '1': 'settlement', '2': 'district', '3': 'oblast' } as const
const locationOf = (lat: number, lon: number, precision: string): Attack['location'] => ({
  lat,
  lon,
  precision:
    precision === '1' || precision === '2' || precision === '3'
      ? GEO_PRECISION[precision]
      : 'oblast',
  origin: 'acled',
})

// ACLED's time_precision: 1 the day is known, 2 within a week, 3 within a month.
const PRECISION = { '1': 'day', '2': 'week', '3': 'month' } as const

const dateOf = (day: string, precision: string): FuzzyDate =>
  /^\d{4}-\d{2}-\d{2}$/.test(day)
    ? {
        resolved: true,
        start: day,
        end: day,
        precision: precision === '2' ? 'week' : precision === '3' ? 'month' : PRECISION['1'],
        raw: day,
      }
    : {
        resolved: false,
        precision: 'day',
        raw: day || BLANK_DATE_TEXT,
        reason: `event_date "${day}" is not a date`,
      }

export const mapAcledRow = (
  r: CsvRecord,
): { item: DatasetRecord } | { skip: string } | { reject: string } => {
  const cell = (name: string) => r.cells[name]?.trim() ?? ''
  const type = cell('event_type')
  const event = slugPart(cell('event_id_cnty'))
  if (!event) return { reject: 'no event_id_cnty' }
  const isAttack = ATTACK_TYPES.has(type)
  const isAgreement = type === 'Strategic developments' && cell('sub_event_type') === 'Agreement'
  if (!isAttack && !isAgreement)
    return {
      skip: `${type || 'no event_type'}${cell('sub_event_type') ? ` / ${cell('sub_event_type')}` : ''}: neither an attack nor an agreement`,
    }
  const lat = Number(cell('latitude'))
  const lon = Number(cell('longitude'))
  const city =
    Number.isFinite(lat) && Number.isFinite(lon) && cell('latitude') !== ''
      ? nearestCity({ lat, lon }, 10)
      : undefined
  const oblast = resolveOblast(cell('admin1')) ?? resolveOblast(`${cell('admin1')} Oblast`)
  const placeIds = [...new Set([city?.id, oblast].filter((p): p is string => !!p))]
  const id = `${isAttack ? 'attack' : 'statement'}-acled-${event}`
  const source: Source = {
    id: `src-acled-${event}`,
    kind: 'dataset-row',
    title: clip(
      `ACLED event ${cell('event_id_cnty')} (${cell('source') || 'sources not named'})`,
      500,
    ),
    outletName: 'ACLED',
    ...(/^\d{4}-\d{2}-\d{2}$/.test(cell('event_date')) ? { publishedAt: cell('event_date') } : {}),
    language: 'en',
  }
  const evidence = (suffix: string): Evidence => ({
    id: ownClaimId(id, suffix),
    sourceId: source.id,
    quote: clip(
      cell('notes') || `${type}: ${cell('actor1')} / ${cell('actor2')} at ${cell('location')}`,
      5000,
    ),
    assertedBy: { type: 'unnamed', description: 'ACLED researchers' },
    attribution: 'dataset',
    channel: 'dataset',
    verification: 'unverified',
    note: clip(
      `${type} / ${cell('sub_event_type')}; ${cell('location')}, ${cell('admin2')}, ${cell('admin1')}; geo_precision ${cell('geo_precision') || '?'}; sources: ${cell('source')} (${cell('source_scale')})`,
      1000,
    ),
  })
  const date = dateOf(cell('event_date'), cell('time_precision'))
  const title = clip(
    `${cell('sub_event_type') || type} at ${cell('location') || cell('admin1') || 'an unnamed place'}`,
    300,
  )
  if (isAgreement) {
    const speaker = sideOf(cell('actor1'))
    const statement: Statement = {
      kind: 'statement',
      id,
      title,
      speaker: speaker
        ? { type: 'actor', actorId: speaker }
        : { type: 'unnamed', description: clip(cell('actor1') || 'unnamed party', 200) },
      mode: 'paraphrase',
      text: clip(cell('notes') || title, 10_000),
      channel: 'dataset',
      aboutIds: [],
      claims: [{ ...evidence('date'), fact: 'date', value: date }],
    }
    return { item: { lines: [r.line], sources: [source], record: statement } }
  }
  const attackerId = sideOf(cell('actor1'))
  const targetId = sideOf(cell('actor2')) ?? (oblast || city ? 'ukraine' : undefined)
  if (!attackerId || !targetId || attackerId === targetId)
    return {
      reject: `no attacker and target among Russia and Ukraine (actor1 "${cell('actor1')}", actor2 "${cell('actor2')}")`,
    }
  const killed = parseCount(cell('fatalities'))
  const attack: Attack = {
    kind: 'attack',
    id,
    title,
    attackerId,
    targetId,
    placeIds: placeIds.length > 0 ? placeIds : [targetId === 'ukraine' ? 'ua' : 'ru'],
    ...(city ? { location: locationOf(lat, lon, cell('geo_precision')) } : {}),
    weapons: [],
    claims: [
      { ...evidence('date'), fact: 'date', value: date },
      ...(killed !== undefined
        ? [
            {
              ...evidence('killed'),
              fact: 'killed' as const,
              value: {
                qualifier: 'exact' as const,
                value: killed,
                ...(city || oblast ? { scope: city?.id ?? oblast } : {}),
                raw: `fatalities ${cell('fatalities')}`,
              },
            },
          ]
        : []),
    ],
  }
  return { item: { lines: [r.line], sources: [source], record: attack } }
}

export const mapAcled = (rows: readonly CsvRecord[]): MappedDataset => {
  const records: DatasetRecord[] = []
  const rejected: RowOutcome[] = []
  const skipped: RowOutcome[] = []
  const seen = new Set<string>()
  for (const r of rows) {
    const out = mapAcledRow(r)
    if ('item' in out) {
      if (seen.has(out.item.record.id))
        rejected.push({ line: r.line, reason: `event ${r.cells.event_id_cnty} repeated` })
      else {
        seen.add(out.item.record.id)
        records.push(out.item)
      }
    } else if ('skip' in out) skipped.push({ line: r.line, reason: out.skip })
    else rejected.push({ line: r.line, reason: out.reject })
  }
  return { rowsRead: rows.length, records, rejected, skipped, warnings: [] }
}
