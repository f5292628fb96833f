import type { IsoDate, RecordKind, StoredRecord } from '@sitrep/domain'
import type { Kysely } from 'kysely'
import { chunk } from '../chunk.ts'
import type { Database } from '../database.ts'
import { toStoredRecord } from '../mappers.ts'

/** Which undated records to look for: of these kinds, cited by a source published from..to. */
export interface UndatedReportedQuery {
  readonly kinds: readonly RecordKind[]
  readonly from: IsoDate
  readonly to: IsoDate
  readonly limit: number
}

/** An undated record and the day its earliest source in the window appeared. */
export interface ReportedRecord {
  readonly record: StoredRecord
  readonly reportedOn: IsoDate
}

/**
 * Live records without a resolved date, found by the day their sources were published: the only
 * date such a record has, and the one a date window never sees. The (published_on, id) index
 * narrows the sources, the record_sources key (source id first) leads to their records; newest
 * reports first.
 */
export const listUndatedReported = async (
  db: Kysely<Database>,
  { kinds, from, to, limit }: UndatedReportedQuery,
): Promise<ReportedRecord[]> => {
  if (kinds.length === 0 || from > to) return []
  // CROSS JOIN with the join conditions in WHERE keeps SQLite (and D1) walking from the sources'
  // day range: an inner join let its planner start from every record of the kind instead
  // (9 ms against 6,000 undated attacks, where the day's sources are a few rows). PostgreSQL
  // plans a cross join with WHERE conditions as the inner join it is.
  const rows = await db
    .selectFrom('sources')
    .crossJoin('record_sources')
    .crossJoin('records')
    .whereRef('record_sources.source_id', '=', 'sources.id')
    .whereRef('records.id', '=', 'record_sources.record_id')
    .select([
      'records.id',
      'records.doc',
      'records.version',
      'records.created_at',
      'records.updated_at',
      'records.deleted_at',
      'sources.published_on',
    ])
    .where('sources.published_on', '>=', from)
    .where('sources.published_on', '<=', to)
    .where('records.kind', 'in', kinds)
    .where('records.date_start', 'is', null)
    .where('records.deleted_at', 'is', null)
    .orderBy('sources.published_on', 'desc')
    .orderBy('records.id')
    // A record cited by several sources of the window comes once per source.
    .limit(limit * 4)
    .execute()
  const found = new Map<string, ReportedRecord>()
  for (const row of rows) {
    const earlier = found.get(row.id)
    const reportedOn = row.published_on ?? from
    if (earlier && earlier.reportedOn <= reportedOn) continue
    found.set(row.id, { record: earlier?.record ?? toStoredRecord(row), reportedOn })
  }
  return [...found.values()].slice(0, limit)
}

/** Ids per statement: D1 binds at most 100 parameters. */
const IDS_PER_QUERY = 90

/**
 * The day the earliest source of each record appeared, by record id; a record none of whose
 * sources gives a day is left out. What places an undated candidate found by its anchor (the
 * venue, the speaker) rather than by its report day.
 */
export const reportedDays = async (
  db: Kysely<Database>,
  recordIds: readonly string[],
): Promise<Record<string, IsoDate>> => {
  const days: Record<string, IsoDate> = {}
  for (const part of chunk([...new Set(recordIds)], IDS_PER_QUERY)) {
    const rows = await db
      .selectFrom('record_sources')
      .innerJoin('sources', 'sources.id', 'record_sources.source_id')
      .select(['record_sources.record_id', (eb) => eb.fn.min('sources.published_on').as('day')])
      .where('record_sources.record_id', 'in', part)
      .where('sources.published_on', 'is not', null)
      .groupBy('record_sources.record_id')
      .execute()
    for (const row of rows) if (row.day) days[row.record_id] = row.day
  }
  return days
}
