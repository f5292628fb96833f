import { readFileSync } from 'node:fs'
import { Attack, type AttackClaim, placeById, resolvePlace } from '@sitrep/domain'

/**
 * Nightly attack records from the Ukrainian Air Force dataset (/work/shared/data, see its
 * README), read at eval time and never copied into the repository. One record per night: the
 * Air Force posts one summary per night with one row per weapon model.
 */
export const AIR_FORCE_CSV =
  process.env.SITREP_AIR_FORCE_CSV ??
  '/work/shared/data/air-force-missile-attacks/missile_attacks_daily.csv'

/** RFC 4180 rows: the file quotes fields holding commas ("Primorsko-Akhtarsk and …, Crimea"). */
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else if (c !== '\r') field += c
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

interface Row {
  readonly start: string
  readonly end: string
  readonly model: string
  readonly target: string
  readonly targetMain: string
  readonly affected: string
  readonly launched: number
  readonly destroyed: number
  readonly source: string
}

const readRows = (path: string): Row[] => {
  const [header, ...body] = parseCsv(readFileSync(path, 'utf8'))
  const col = (name: string) => header?.indexOf(name) ?? -1
  const at = (r: string[], name: string) => r[col(name)] ?? ''
  return body.map((r) => ({
    start: at(r, 'time_start'),
    end: at(r, 'time_end'),
    model: at(r, 'model'),
    target: at(r, 'target'),
    targetMain: at(r, 'target_main'),
    affected: at(r, 'affected region'),
    launched: Number.parseFloat(at(r, 'launched')) || 0,
    destroyed: Number.parseFloat(at(r, 'destroyed')) || 0,
    source: at(r, 'source'),
  }))
}

/** Drone models by the dataset's own weapon reference (category "UAV"); the rest are missiles. */
const isDrone = (model: string) =>
  /shahed|uav|orlan|zala|lancet|supercam|молнія|gerbera/i.test(model)

/**
 * The places a row names as the store's importer reads them: its targets, main targets and
 * affected oblasts ("Kyiv oblast", "['Kharkiv oblast', 'Sumy oblast']"), each resolved through
 * the gazetteer; Russian airfields, seas and "south" resolve to nothing and are left out.
 */
const placesOf = (r: Row): string[] =>
  [r.target, r.targetMain, r.affected]
    .flatMap((cell) =>
      cell
        .replace(/^\s*and\s+/i, '')
        .replace(/[[\]']/g, '')
        .split(/\s+and\s+|,\s*/),
    )
    .flatMap((name) => {
      const id = name.trim() ? resolvePlace(name.trim()) : undefined
      return id && id !== 'ua' && placeById(id) ? [id] : []
    })

/** A night the Air Force summarised: rows ending before noon, from its national posts. */
const nightOf = (r: Row): string | undefined => {
  const [day, time = '00:00'] = r.end.split(' ')
  return r.source.startsWith('kpszsu/') && day && time <= '12:00' ? day : undefined
}

const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

const evidence = (id: string, quote: string) => ({
  id,
  sourceId: 'src-air-force-dataset',
  quote,
  assertedBy: { type: 'actor' as const, actorId: 'ua-air-force' },
  attribution: 'dataset' as const,
  channel: 'dataset' as const,
  verification: 'unverified' as const,
})

const recordOf = (night: string, rows: readonly Row[]): Attack => {
  const quote = rows
    .map((r) => `${r.model}: ${r.launched} launched (${r.start}–${r.end})`)
    .join('; ')
  const main = [...new Set(rows.flatMap(placesOf))]
  // Each line's counts under its model, as the store's importer keeps them: a model the night
  // repeats is told apart by its line.
  const subjectOf = (r: Row, line: number) =>
    rows.filter((o) => o.model === r.model).length > 1 ? `${r.model} (line ${line})` : r.model
  const counts = (fact: 'launched' | 'intercepted'): AttackClaim[] =>
    rows.flatMap((r, line) => {
      const value = fact === 'launched' ? r.launched : r.destroyed
      const subject = subjectOf(r, line)
      return value > 0
        ? [
            {
              fact,
              value: { qualifier: 'exact' as const, value, subject, scope: 'ua' },
              ...evidence(`af-${night}-${fact}-${line}`, quote),
            },
          ]
        : []
    })
  const weapons: Attack['weapons'] = [...new Set(rows.map((r) => r.model))].map((model) => ({
    type: isDrone(model) ? 'drone' : 'missile',
    model,
  }))
  return Attack.parse({
    kind: 'attack',
    id: `af-night-${night}`,
    title: `Air Force: night into ${night}`,
    attackerId: 'russia',
    targetId: 'ukraine',
    placeIds: ['ua', ...main],
    weapons,
    claims: [
      {
        fact: 'date',
        value: {
          resolved: true,
          start: dayBefore(night),
          end: night,
          precision: 'night',
          raw: `night into ${night}`,
        },
        ...evidence(`af-${night}-date`, quote),
      },
      ...counts('launched'),
      ...counts('intercepted'),
    ],
  })
}

/** The Air Force's nights, keyed by the morning that ends them ("2025-07-21"). */
export const airForceNights = (path = AIR_FORCE_CSV): Map<string, Attack> => {
  const byNight = new Map<string, Row[]>()
  for (const r of readRows(path)) {
    const night = nightOf(r)
    if (!night || r.launched <= 0) continue
    byNight.set(night, [...(byNight.get(night) ?? []), r])
  }
  return new Map([...byNight].map(([night, rows]) => [night, recordOf(night, rows)]))
}
