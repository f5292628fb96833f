import { workerData } from 'node:worker_threads'
import { openSqliteStore } from '../dialects/sqlite.ts'
import type { Store } from '../store.ts'
import type { ReadTask } from './read-methods.ts'
import { toWire, type WireError } from './wire-errors.ts'

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
