/**
 * SQLite's full-text rows are keyed by the record's sort day and `seq`, (julian day << 32) | seq,
 * so rowid order is date order: a date filter becomes a rowid range FTS5 seeks to, and "newest
 * first" is a walk down the rowids. The low 32 bits give back the record's `seq` for the join.
 * Undated records sort last, as their far-future sort_date does everywhere else.
 */

/** Julian day number of 9999-12-31, the far-future sort_date of undated records. */
const UNDATED_DAY = 5373484

/** The SQL of a row's key from SQL expressions for its sort_date and seq. */
export const searchKeySql = (sortDate: string, seq: string) =>
  `((cast(coalesce(julianday(${sortDate}), ${UNDATED_DAY}) as integer) << 32) | (${seq}))`

/** A key's `seq`. */
export const SEQ_OF_KEY = 'rowid & 4294967295'
