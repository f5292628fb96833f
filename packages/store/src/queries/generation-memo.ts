import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'

/**
 * Answers that change only when the data does — the longest span of a kind, whether a place is a
 * region — kept per connection and dropped as soon as any commit could have changed them. A
 * connection that can say cheaply whether anything was committed since (SQLite: its own changes
 * and `data_version`, which moves when another connection commits) registers how; others
 * (PostgreSQL, D1) register nothing and every call computes, as before.
 *
 * A list at 100k records ran five statements, two of them these lookups, each paying the query
 * builder's ~0.1 ms; a generation check is two prepared statements of a few microseconds.
 */
type Generation = () => string

const generations = new WeakMap<Kysely<Database>, Generation>()
const kept = new WeakMap<Kysely<Database>, Map<string, { generation: string; value: unknown }>>()

/** Past this many keys the oldest are dropped: keys are a few kinds and the places asked about. */
const MAX_KEYS = 2000

export const trackGeneration = (db: Kysely<Database>, generation: Generation): void => {
  generations.set(db, generation)
  kept.set(db, new Map())
}

export const memoByGeneration = async <T>(
  db: Kysely<Database>,
  key: string,
  compute: () => Promise<T>,
): Promise<T> => {
  const generation = generations.get(db)
  const memo = kept.get(db)
  if (!generation || !memo) return compute()
  const before = generation()
  const hit = memo.get(key)
  if (hit && hit.generation === before) return hit.value as T
  const value = await compute()
  // Kept only if nothing was committed while it was computed: it then describes `before`.
  if (generation() === before) {
    memo.delete(key)
    memo.set(key, { generation: before, value })
    for (const oldest of memo.keys()) {
      if (memo.size <= MAX_KEYS) break
      memo.delete(oldest)
    }
  }
  return value
}
