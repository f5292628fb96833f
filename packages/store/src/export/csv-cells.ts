import {
  type DerivedFact,
  deriveFacts,
  type Measure,
  measureBounds,
  type Place,
  recordLocation,
  type SitrepRecord,
} from '@sitrep/domain'
import { dateHull } from '../record-index.ts'

/** What a row's cells are read from: the record, its derived facts, the gazetteer. */
export interface CsvRowContext {
  readonly record: SitrepRecord
  readonly facts: readonly DerivedFact[]
  readonly place: (id: string) => Place | undefined
}

export const rowContext = (
  record: SitrepRecord,
  place: (id: string) => Place | undefined,
): CsvRowContext => ({ record, facts: deriveFacts(record), place })

/** A number as a spreadsheet reads it; empty when unknown. */
export const numberCell = (value: number | null | undefined): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '' : String(value)

export const listCell = (values: readonly string[], separator = ' '): string =>
  values.join(separator)

export const dateCells = ({ record }: CsvRowContext): [string, string] => {
  const hull = dateHull(record)
  return [hull.start ?? '', hull.end ?? '']
}

/** Every source the record's claims cite, once each, in the order first cited. */
export const sourcesCell = ({ record }: CsvRowContext): string =>
  listCell([...new Set(record.claims.map((claim) => claim.sourceId))])

/** The facts the sources disagree on (`date killed`); empty when they agree on everything. */
export const disputedCell = ({ facts }: CsvRowContext): string =>
  listCell([...new Set(facts.filter((f) => f.status === 'disputed').map((f) => f.fact))])

/**
 * Where a record happened, as precisely as its sources say (domain recordLocation): a CIR
 * point is `exact`, a gazetteer city a `settlement`. Empty for a record with no location.
 */
export const pointCells = (ctx: CsvRowContext): [string, string, string] => {
  const location = recordLocation(ctx.record, ctx.place)
  return location ? [String(location.lat), String(location.lon), location.precision] : ['', '', '']
}

/** The least of a count, as stated or as the lower end of its range. */
export const measureLow = (measure: Measure): number => measureBounds(measure).low

/**
 * A count for the whole attack: the highest floor any claim gives for each thing counted
 * (drones, missiles), summed across them; empty when no source counts it.
 */
export const countCell = (
  { record }: CsvRowContext,
  fact: 'launched' | 'intercepted' | 'hit',
): string => {
  if (record.kind !== 'attack') return ''
  const bySubject = new Map<string, number>()
  for (const claim of record.claims) {
    if (claim.fact !== fact) continue
    const subject = claim.value.subject ?? ''
    bySubject.set(subject, Math.max(bySubject.get(subject) ?? 0, measureLow(claim.value)))
  }
  return bySubject.size ? String([...bySubject.values()].reduce((a, b) => a + b, 0)) : ''
}
