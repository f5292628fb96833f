import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import { Overloaded } from '../errors.ts'
import type { Store } from '../store.ts'
import { READ_METHODS, type ReadMethod, type ReadTask } from './read-methods.ts'
import type { ReadReply } from './read-worker.ts'
import { threadExecArgv } from './thread-exec-argv.ts'
import { fromWire } from './wire-errors.ts'

export interface ReadPoolOptions {
  /** The SQLite file the store was opened on; every thread opens its own connection to it. */
  file: string
  /** Threads answering reads; default one per core, at most four. */
  threads?: number
  /** A read still running after this long is refused (503): default 10 s. */
  budgetMs?: number
}

export const defaultReadThreads = () => Math.max(1, Math.min(4, availableParallelism()))

/**
 * better-sqlite3 runs each query on the calling thread, so on the event loop one slow query
 * stalls every request and the process uses one core. This answers the data-sized reads from a
 * small pool of worker threads (piscina), each with its own connection — WAL lets them read
 * while the main thread writes, and writes stay on the main thread, one at a time.
 *
 * A read not answered within its budget (waiting included) is refused with Overloaded('budget')
 * at once. Its thread is not killed — a thread inside SQLite cannot stop before the statement
 * ends, and a new one would first spend seconds loading — it finishes and its answer is dropped;
 * a read still queued at its deadline is skipped. When every thread is busy and the queue is
 * full, a read is refused with Overloaded('queue') instead of waiting.
 */
export const withSqliteReadPool = (
  store: Store,
  options: ReadPoolOptions,
): { store: Store; ready: Promise<void> } => {
  const threads = options.threads ?? defaultReadThreads()
  const budgetMs = options.budgetMs ?? 10_000
  const pool = new Piscina<ReadTask, ReadReply>({
    filename: new URL('./read-worker.ts', import.meta.url).href,
    workerData: { file: options.file },
    minThreads: threads,
    maxThreads: threads,
    maxQueue: threads * 64,
    // Closing waits this long for the reads on the threads (none should outlive its budget).
    closeTimeout: Math.max(budgetMs, 1000),
    execArgv: threadExecArgv(process.execArgv),
  })
  const retryAfter = Math.max(1, Math.ceil(budgetMs / 1000))
  let closing = false

  const run = async (
    method: ReadTask['method'],
    args: unknown[],
    budget = budgetMs,
  ): Promise<unknown> => {
    if (closing) throw new Overloaded('closing', 1)
    let timer: NodeJS.Timeout | undefined
    const overdue = new Promise<never>((_, refuse) => {
      timer = setTimeout(() => refuse(new Overloaded('budget', retryAfter)), budget)
    })
    let reply: ReadReply
    try {
      reply = await Promise.race([
        pool.run({ method, args, deadline: Date.now() + budget }),
        overdue,
      ])
    } catch (error) {
      // A read still queued when the pool closed: dropped, and answered as a refusal to retry.
      if (closing && !(error instanceof Overloaded)) throw new Overloaded('closing', 1)
      if (error instanceof Error && /queue is at limit/i.test(error.message))
        throw new Overloaded('queue', 1)
      throw error
    } finally {
      clearTimeout(timer)
    }
    if (reply.ok) return reply.value
    if ('expired' in reply) throw new Overloaded('budget', retryAfter)
    throw fromWire(reply.error)
  }
  const via = <M extends ReadMethod>(method: M) =>
    ((...args: unknown[]) => run(method, args)) as unknown as Store[M]

  const pooled: Store = Object.create(store)
  for (const method of READ_METHODS) Object.defineProperty(pooled, method, { value: via(method) })
  Object.defineProperty(pooled, 'close', {
    // Reads already on a thread finish (destroying the pool would cut them short and fail
    // their requests); queued and later ones are refused; then the threads end.
    value: async () => {
      closing = true
      // Past closeTimeout piscina has already ended the threads (a read cut then fails, which
      // is what the timeout is for) and throws to say so: the pool is closed either way.
      await pool.close({ force: true }).catch(() => {})
      await store.close()
    },
  })
  // Each thread loads the store's modules and opens its connection as it starts: seconds on a
  // busy machine. A server should listen only after that, or its first requests wait for it.
  const warmUp = 300_000
  const ready = Promise.all(Array.from({ length: threads }, () => run('ready', [], warmUp))).then(
    () => {},
  )
  // Closing before the warm-up ends rejects it; that is only an error for a caller awaiting it.
  ready.catch(() => {})
  return { store: pooled, ready }
}

export { threadExecArgv } from './thread-exec-argv.ts'
