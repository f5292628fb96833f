import type { Generated } from 'kysely'

/**
 * One row per record: the whole record as JSON (validated by the domain on the way in and out)
 * plus the denormalised columns the filters and the sort need.
 */
export interface RecordsTable {
  /** Integer key for the search index (FTS5 rows are addressed by rowid). */
  seq: Generated<number>
  id: string
  kind: string
  title: string
  status: string | null
  stage: string | null
  category: string | null
  /** Hull of the resolved "date" claims: earliest start, latest end. Null when none resolves. */
  date_start: string | null
  date_end: string | null
  /** Whole days from date_start to date_end: bounds a date window's scan from below. */
  date_span: number | null
  /** `date_start`, or a far-future sentinel so that undated records sort after dated ones. */
  sort_date: string
  /**
   * An attack's casualty floor: the highest lower bound any claim gives, across scopes (the
   * nationwide toll includes the city's). Null for other kinds or when no count was claimed.
   */
  killed_low: number | null
  injured_low: number | null
  /** The toll's ceiling when a whole-country (or unscoped) count caps it (domain casualtyBounds). */
  killed_high: number | null
  injured_high: number | null
  /** An aid record's least value in euros (domain aidEurFloor); null when unknown. */
  eur_floor: number | null
  /** An aid record's donor ids, comma-joined: stats split them, so a joint pledge counts for each. */
  donors: string | null
  /** A statement's speaker when the source names one; null for an unnamed speaker or another kind. */
  speaker_id: string | null
  /** A statement's channel (video message, remarks, …); null for other kinds. */
  channel: string | null
  doc: string
  version: number
  created_at: string
  updated_at: string
  deleted_at: string | null
}
