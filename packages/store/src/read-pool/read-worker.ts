import { workerData } from 'node:worker_threads'
import { openSqliteStore } from '../dialects/sqlite.ts'
import type { Store } from '../store.ts'
import { lowerThreadPriority } from '../threads/thread-priority.ts'
import type { ReadTask } from './read-methods.ts'
import { toWire, type WireError } from './wire-errors.ts'

/**
 * Linux keeps a nice value per thread, and pid 0 names the calling one: read threads yield the
 * cores to the event loop, so a cached answer or a cheap lookup does not wait out a long query's
 * time slice (on 2 cores, two busy read threads otherwise take both). Elsewhere the value is the
 * process's, which would slow the event loop too, so other platforms keep the normal priority.
 * 10 rather than 5: a client looping uncached stats at 1M beside a cached reader, alternated on
 * the same loaded machine (load 7.5-11), left the reader's p99 at 45-100 ms (three runs of five
 * at most 53) against 106-227 ms, and the loop's delay p99 at 34-57 ms against 64-105, with the
 * stats rate unchanged (4-9 req/s); the API's bench/fairness-probe.ts.
 */
const READ_THREAD_NICENESS = 10
lowerThreadPriority(READ_THREAD_NICENESS)

/** Set by the pool: the database file every thread opens its own connection to. */
const { file } = workerData as { file: string }

// One connection per thread, opened as the thread starts (the main thread migrated the file
// first). Not a top-level await: the thread's loader reads this module as CommonJS first.
const opening: Promise<Store> = openSqliteStore({ file })

export type ReadReply =
  | { ok: true; value: unknown }
  | { ok: false; error: WireError }
  | { ok: false; expired: true }

/** Runs one read on this thread's connection; failures come back as values (see wire-errors). */
export default async function read(task: ReadTask): Promise<ReadReply> {
  // Queued past its deadline: the caller has already been answered 503, so the work is skipped.
  if (Date.now() > task.deadline) return { ok: false, expired: true }
  try {
    const store = await opening
    if (task.method === 'ready') return { ok: true, value: true }
    const method = store[task.method] as (...args: unknown[]) => Promise<unknown>
    return { ok: true, value: await method.apply(store, task.args) }
  } catch (error) {
    return { ok: false, error: toWire(error) }
  }
}
