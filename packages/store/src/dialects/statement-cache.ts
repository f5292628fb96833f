import type BetterSqlite3 from 'better-sqlite3'
import type { SqliteDatabase } from 'kysely'

/**
 * The connection as Kysely sees it, with each SQL text prepared once. Kysely prepares every
 * statement it runs anew, and at a few milliseconds per request preparing was a quarter of a
 * list's server time. A statement still being iterated (an export's stream) is busy, so the same
 * SQL meanwhile gets a fresh one. The least recently used are dropped past `size` (filters with
 * IN lists of every length make many texts).
 */
export const preparingOnce = (db: BetterSqlite3.Database, size = 500): SqliteDatabase => {
  const kept = new Map<string, BetterSqlite3.Statement>()
  return {
    close: () => {
      db.close()
    },
    prepare: (sql) => {
      const hit = kept.get(sql)
      if (hit && !hit.busy) {
        kept.delete(sql)
        kept.set(sql, hit)
        return hit
      }
      const fresh = db.prepare(sql)
      if (hit) return fresh
      kept.set(sql, fresh)
      for (const oldest of kept.keys()) {
        if (kept.size <= size) break
        kept.delete(oldest)
      }
      return fresh
    },
  }
}
