import type { Attack, AttackClaim, Evidence, Source } from '@sitrep/domain'
import { clip } from '../cells.ts'
import type { CsvRecord } from '../csv/read-csv.ts'
import type { DatasetRecord, MappedDataset, RowOutcome } from '../dataset-item.ts'
import { fingerprint, ownClaimId, slugPart } from '../ids.ts'
import { nearestCity, resolveOblast } from '../places-near.ts'
import { mapEventGroup } from './event-groups.ts'

const UKRAINE = /^(ukraine|ukrain|crimea)$/i
const RUSSIA = /^(russia|russa|kursk oblast)$/i

const url = (text: string | undefined): string | undefined => {
  const t = text?.trim() ?? ''
  return /^https?:\/\/\S+$/.test(t) && t.length <= 2000 ? t : undefined
}

/** "9M55K Smerch", "Iskander", "T-72B3": what kind of weapon the volunteers' note names. */
const weaponOf = (arms: string) => {
  const t = arms.toLowerCase()
  const type = /iskander|iskender|tochka|tocha|kalibr|missile|9m7|s-?300|s-?400/.test(t)
    ? 'missile'
    : /smerch|uragan|grad|tos-1|9m55|9m27|msta|2s\d|howitzer|mlrs|rocket|artillery/.test(t)
      ? 'artillery'
      : /shahed|drone|uav|lancet/.test(t)
        ? 'drone'
        : 'other'
  return { type, model: clip(arms.trim(), 120) } as const
}

const row = (record: CsvRecord) => (name: string) => record.cells[name]?.trim() ?? ''

/**
 * One CIR/Bellingcat event as an attack: its day, place (nearest gazetteer city and the oblast,
 * else a proposed place named in the note), munitions, violence level, and both links as
 * sources — the report (`link`) and the geolocation (`geolocation`).
 */
export const mapCirEvent = (
  record: CsvRecord,
  id: string,
): { item: DatasetRecord } | { skip: string } | { reject: string } => {
  const cell = row(record)
  const group = mapEventGroup(cell('event_group'))
  if (group.kind === 'skip') return { skip: `${cell('event_group')}: ${group.reason}` }
  const country = cell('country')
  const lat = Number(cell('lat'))
  const lon = Number(cell('lon'))
  const located =
    Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
  const inUkraine =
    UKRAINE.test(country) || (country === '' && resolveOblast(cell('province')) !== undefined)
  const inRussia = RUSSIA.test(country)
  const attackerId = group.attacker ?? (inUkraine ? 'russia' : inRussia ? 'ukraine' : undefined)
  if (!attackerId)
    return {
      skip: `event in "${country || 'no country'}": outside Ukraine and Russia, no attacker to name`,
    }
  const targetId = attackerId === 'russia' ? 'ukraine' : 'russia'
  const city = located ? nearestCity({ lat, lon }, 15) : undefined
  const oblast =
    resolveOblast(cell('province')) ??
    (city?.parentId?.startsWith('ua-') ? city.parentId : undefined)
  const placeIds = [...new Set([city?.id, oblast].filter((p): p is string => !!p))]
  const town = cell('town/city')
  const proposed =
    town && (!city || city.name !== town)
      ? `Proposed new place: ${town}${located ? ` (${lat}, ${lon})` : ''}`
      : undefined
  const title =
    cell('title') || cell('brief description') || `${cell('event_group')} ${cell('entry')}`
  const violence = cell('violence level')
  const note = clip(
    [
      located && `Geolocated at ${lat}, ${lon}`,
      [town, cell('district'), cell('province'), country].filter(Boolean).join(', '),
      violence && `violence level ${violence} (CIR scale 1–5; GRAPHIC marks graphic footage)`,
      cell('arms/munition') && `arms/munition: ${cell('arms/munition')}`,
      proposed,
      group.attacker === undefined &&
        `attacker inferred from the location (${country || cell('province')})`,
    ]
      .filter(Boolean)
      .join('. '),
    1000,
  )
  const sourceId = `src-cir-${slugPart(id.replace(/^attack-cir-/, ''))}`
  const geoUrl = url(cell('geolocation'))
  const sources: Source[] = [
    {
      id: sourceId,
      kind: 'dataset-row',
      title: clip(`CIR/Bellingcat event ${cell('entry')}: ${title}`, 500),
      outletName: 'Centre for Information Resilience / Bellingcat',
      ...(url(cell('link')) ? { url: url(cell('link')) } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(cell('date')) ? { publishedAt: cell('date') } : {}),
      language: 'en',
    },
    ...(geoUrl
      ? [
          {
            id: `${sourceId}-geo`,
            kind: 'social-post' as const,
            title: clip(`Geolocation of CIR event ${cell('entry')}`, 500),
            url: geoUrl,
            language: 'en',
          },
        ]
      : []),
  ]
  // Each claim quotes the cells behind it; the whole row is one click away in the source.
  const cells = (names: readonly string[]) =>
    clip(
      names
        .filter((n) => cell(n))
        .map((n) => `${n}=${cell(n)}`)
        .join('; ') || `entry=${cell('entry')}`,
      5000,
    )
  const evidence = (suffix: string, quote: string, source = sourceId): Evidence => ({
    id: ownClaimId(id, suffix),
    sourceId: source,
    quote,
    assertedBy: {
      type: 'unnamed',
      description: 'Centre for Information Resilience / Bellingcat volunteers',
    },
    attribution: 'dataset',
    channel: 'dataset',
    verification: 'unverified',
    note,
  })
  const day = cell('date')
  const claims: AttackClaim[] = [
    {
      ...evidence('date', cells(['entry', 'date'])),
      fact: 'date',
      value: /^\d{4}-\d{2}-\d{2}$/.test(day)
        ? { resolved: true, start: day, end: day, precision: 'day', raw: day }
        : {
            resolved: false,
            precision: 'day',
            raw: day || '(empty)',
            reason: 'the dataset row gives no date',
          },
    },
    {
      ...evidence(
        'effect',
        cells([
          'event_group',
          'title',
          'brief description',
          'town/city',
          'province',
          'arms/munition',
          'violence level',
        ]),
      ),
      fact: 'effect',
      value: {
        type: group.effect,
        placeIds,
        description: clip(cell('brief description') || title, 1000),
      },
    },
    ...(geoUrl && located
      ? [
          {
            ...evidence('geo', cells(['lat', 'lon', 'geolocation']), `${sourceId}-geo`),
            fact: 'effect' as const,
            value: {
              type: 'other' as const,
              placeIds,
              description: `Geolocated at ${lat}, ${lon}`,
            },
          },
        ]
      : []),
  ]
  const attack: Attack = {
    kind: 'attack',
    id,
    title: clip(title, 300),
    summary: clip(`${cell('event_group')}. ${note}`, 4000),
    attackerId,
    targetId,
    placeIds: placeIds.length > 0 ? placeIds : [inRussia ? 'ru' : 'ua'],
    weapons: cell('arms/munition') ? [weaponOf(cell('arms/munition'))] : [],
    claims,
  }
  return { item: { lines: [record.line], sources, record: attack } }
}

/** events.csv: entries repeat a few times; a repeat keeps its row under a numbered id. */
export const mapCirEvents = (rows: readonly CsvRecord[]): MappedDataset => {
  const records: DatasetRecord[] = []
  const rejected: RowOutcome[] = []
  const skipped: RowOutcome[] = []
  const taken = new Map<string, number>()
  for (const r of rows) {
    const entry = slugPart(r.cells.entry ?? '') || `row-${fingerprint(JSON.stringify(r.cells))}`
    const n = (taken.get(entry) ?? 0) + 1
    taken.set(entry, n)
    const out = mapCirEvent(r, `attack-cir-${entry}${n === 1 ? '' : `-${n}`}`)
    if ('item' in out) records.push(out.item)
    else if ('skip' in out) skipped.push({ line: r.line, reason: out.skip })
    else rejected.push({ line: r.line, reason: out.reject })
  }
  return { rowsRead: rows.length, records, rejected, skipped, warnings: [] }
}
