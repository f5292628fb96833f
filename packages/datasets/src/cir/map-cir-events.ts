import {
  type Attack,
  type AttackClaim,
  BLANK_DATE_TEXT,
  type Evidence,
  type Source,
} from '@sitrep/domain'
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
 * CIR titles open with the day as "16/02/2022 …"; the record's date says it already. The title
 * without it, and the day it named, which a row's own date sometimes contradicts.
 */
export const splitTitleDate = (title: string): { title: string; day?: string } => {
  const found = /^(\d{2})\/(\d{2})\/(\d{4})\s+(.+)$/s.exec(title)
  if (!found) return { title }
  const [, d, m, y, rest = ''] = found
  return { title: rest.trim(), day: `${y}-${m}-${d}` }
}

/** "Kharkiv, Kharkiv Oblast, Ukraine (49.99, 36.36)": where, as the row gives it. */
const whereOf = (parts: readonly string[], at?: { lat: number; lon: number }) => {
  const named = parts.filter(Boolean).join(', ')
  const coordinates = at ? `(${at.lat}, ${at.lon})` : ''
  return [named, coordinates].filter(Boolean).join(' ')
}

/** A name's letters alone: "Mariupol'" and "Mariupol" are one town, not a place to add. */
const lettersOf = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase()

/** A sentence from a cell: capitalised, with its full stop. */
const sentence = (text: string) => {
  const t = text.trim()
  if (!t) return ''
  const capital = `${t[0]?.toUpperCase()}${t.slice(1)}`
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`
}

/**
 * One CIR/Bellingcat event as an attack: its day, place (nearest gazetteer city and the oblast,
 * else a place to add named in the note), munitions and violence level in words, the report
 * (`link`) as its source. The coordinates and the geolocation link are where it happened: in the
 * note and each claim's quote, not an effect.
 */
export const mapCirEvent = (
  record: CsvRecord,
  id: string,
): { item: DatasetRecord; warning?: string } | { skip: string } | { reject: string } => {
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
    town && (!city || lettersOf(city.name) !== lettersOf(town))
      ? `${town} is not in the gazetteer yet${located ? ` (${lat}, ${lon})` : ''}`
      : undefined
  const named = splitTitleDate(cell('title'))
  const title =
    named.title || cell('brief description') || `${cell('event_group')} ${cell('entry')}`
  const day = cell('date')
  const warning =
    named.day && /^\d{4}-\d{2}-\d{2}$/.test(day) && named.day !== day
      ? `the title is dated ${named.day} but the row's date is ${day}; the row's date is kept`
      : undefined
  const violence = cell('violence level')
  const arms = cell('arms/munition')
  // The coordinates are where the event happened: the record's location, and in the words too.
  const where = whereOf(
    [town, cell('district'), cell('province'), country],
    located ? { lat, lon } : undefined,
  )
  const graphic = /^graphic$/i.test(violence)
  const rated = /^[1-5]$/.test(violence) ? `CIR rates its violence ${violence} of 5.` : ''
  const note = clip(
    [
      where && `Location: ${where}.`,
      rated,
      graphic && 'CIR marks its footage graphic.',
      arms && `Munitions: ${arms}.`,
      proposed && `${proposed}.`,
      group.attacker === undefined &&
        `Attacker inferred from where it happened (${country || cell('province')}).`,
    ]
      .filter(Boolean)
      .join(' '),
    1000,
  )
  const summary = clip(
    [
      sentence(cell('brief description') || title),
      where && `In ${where}.`,
      arms && `Munitions: ${arms}.`,
      graphic && 'CIR marks its footage graphic.',
    ]
      .filter(Boolean)
      .join(' '),
    4000,
  )
  const sourceId = `src-cir-${slugPart(id.replace(/^attack-cir-/, ''))}`
  const sources: Source[] = [
    {
      id: sourceId,
      kind: 'dataset-row',
      title: clip(`CIR/Bellingcat event ${cell('entry')}: ${title}`, 500),
      outletName: 'Centre for Information Resilience / Bellingcat',
      ...(url(cell('link')) ? { url: url(cell('link')) } : {}),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(day) ? { publishedAt: day } : {}),
      language: 'en',
    },
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
  const evidence = (suffix: string, quote: string): Evidence => ({
    id: ownClaimId(id, suffix),
    sourceId,
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
  const claims: AttackClaim[] = [
    {
      ...evidence('date', cells(['entry', 'date'])),
      fact: 'date',
      value: /^\d{4}-\d{2}-\d{2}$/.test(day)
        ? { resolved: true, start: day, end: day, precision: 'day', raw: day }
        : {
            resolved: false,
            precision: 'day',
            raw: day || BLANK_DATE_TEXT,
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
          'lat',
          'lon',
          'geolocation',
        ]),
      ),
      fact: 'effect',
      value: {
        type: group.effect,
        placeIds,
        description: clip(cell('brief description') || title, 1000),
      },
    },
  ]
  const attack: Attack = {
    kind: 'attack',
    id,
    title: clip(title, 300),
    summary,
    attackerId,
    targetId,
    placeIds: placeIds.length > 0 ? placeIds : [inRussia ? 'ru' : 'ua'],
    ...(located ? { location: { lat, lon, precision: 'exact', origin: 'cir' } } : {}),
    weapons: cell('arms/munition') ? [weaponOf(cell('arms/munition'))] : [],
    claims,
  }
  return {
    item: { lines: [record.line], sources, record: attack },
    ...(warning ? { warning } : {}),
  }
}

/** events.csv: entries repeat a few times; a repeat keeps its row under a numbered id. */
export const mapCirEvents = (rows: readonly CsvRecord[]): MappedDataset => {
  const records: DatasetRecord[] = []
  const rejected: RowOutcome[] = []
  const skipped: RowOutcome[] = []
  const warnings: RowOutcome[] = []
  const taken = new Map<string, number>()
  for (const r of rows) {
    const entry = slugPart(r.cells.entry ?? '') || `row-${fingerprint(JSON.stringify(r.cells))}`
    const n = (taken.get(entry) ?? 0) + 1
    taken.set(entry, n)
    const out = mapCirEvent(r, `attack-cir-${entry}${n === 1 ? '' : `-${n}`}`)
    if ('item' in out) {
      records.push(out.item)
      if (out.warning) warnings.push({ line: r.line, reason: out.warning })
    } else if ('skip' in out) skipped.push({ line: r.line, reason: out.skip })
    else rejected.push({ line: r.line, reason: out.reject })
  }
  return { rowsRead: rows.length, records, rejected, skipped, warnings }
}
