import type { ServiceTask } from '@sitrep/store/service-thread'

/** How the delivery thread paces its writes to the SQLite file it shares with the API. */
export interface DeliveryPacing {
  /** Deliveries fanned out per transaction. */
  deliveriesPerWrite: number
  /** Attempts recorded per transaction. */
  outcomesPerWrite: number
  /**
   * After each write transaction the thread leaves the lock free at least this long, and at
   * least as long as it held it, so the API's next write finds it free. With the write gate
   * (the Node entry's) a waiting API write is let in at once; without it, one waiting on the
   * busy timeout retries after 1, 2, 5, 10 ms… and should find the lock free on a retry.
   */
  gapMs: number
  /**
   * Linux niceness of the thread, 0 for the process's own priority. Not lowered by default: a
   * thread put aside while it holds the write lock keeps the API's writes waiting (one run at
   * niceness 5 on a loaded machine: the write path's p50 8 → 20 ms while delivering).
   */
  niceness: number
}

/**
 * Chosen with `bench/webhook-bench.ts` (figures in apps/api/README.md): 200 fanned-out rows take
 * about 2 ms a transaction on a busy machine, 500 about 10 ms. A 10 ms gap leaves the lock free
 * through an API write's first retries, and costs about 1.5 s of waiting per 10,000 deliveries
 * (150 transactions), which keeps 2,000 deliveries/s within reach.
 */
export const DEFAULT_PACING: DeliveryPacing = {
  deliveriesPerWrite: 200,
  outcomesPerWrite: 100,
  gapMs: 10,
  niceness: 0,
}

/** What the thread is started with (structured-cloned: values only). */
export interface DeliveryThreadData {
  /** The SQLite file the API has opened and migrated; the thread opens its own connection. */
  file: string
  /** The webhook sealing key, base64. */
  sealingKey: string
  allowPrivateTargets: boolean
  idleMs: number
  pacing: DeliveryPacing
  /** Shared memory: the API store's write gate, which the thread's writes yield to. */
  writeGate?: SharedArrayBuffer
}

/** The thread's one task: it runs until `port` says stop. */
/** The delivery thread's task: its data, and the port it says `ready` on and is told to stop. */
export type DeliveryTask = ServiceTask<DeliveryThreadData>
