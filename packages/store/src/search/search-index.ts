import type { Kysely, RawBuilder } from 'kysely'
import type { Database } from '../database.ts'

export interface SearchDocument {
  id: string
  title: string
  body: string
}

export interface SearchMatch {
  /** The record's `records.seq` (FTS5 rowid) or `records.id`, as `joinOn` says. */
  record_key: string | number
  /** Lower is better on every engine, so one ORDER BY and one cursor serve both. */
  rank: number
}

/**
 * The one place full-text search differs by engine. The rest of the store joins `matches` as a
 * derived table and never sees FTS5 or tsvector syntax.
 */
export interface SearchIndex {
  /** Writes or rewrites the index entries of these records; runs inside the caller's transaction. */
  write(db: Kysely<Database>, docs: readonly SearchDocument[], replace: boolean): Promise<void>
  /** The records column `record_key` holds: joining on it skips a lookup per match. */
  joinOn: 'records.seq' | 'records.id'
  /** Drops these records' entries; called before a rewrite changes what their keys derive from. */
  remove(db: Kysely<Database>, ids: readonly string[]): Promise<void>
  /**
   * A derived table of matching records, or undefined when the query has no searchable words.
   * `within`: only records whose sort date lies in it (the caller still applies its own filter;
   * a count passes it too, so it reads the window's matches alone). `ranked`: a page to order,
   * so the engine may keep just its newest candidates (SQLite: SEARCH_CANDIDATES); unranked is
   * every match in the window, as a count needs.
   */
  matches(q: string, options?: MatchOptions): RawBuilder<SearchMatch> | undefined
}

export interface MatchOptions {
  within?: SearchWindow
  ranked?: boolean
  /**
   * With `ranked`: the caller reads at most the `count` best candidates ranked after `after`
   * (a cursor's rank), so an engine whose ranks are unique may return just those.
   */
  first?: { count: number; after?: number }
}

/** Sort dates (ISO days, inclusive) a search may narrow its candidates to before ranking. */
export interface SearchWindow {
  from?: string
  to?: string
}

/** Words only: operators typed into a search box must never reach the engine's query syntax. */
export const searchWords = (q: string): string[] => q.match(/[\p{L}\p{N}]+/gu) ?? []
