import type { MessagePort } from 'node:worker_threads'

/** How the delivery thread paces its writes to the SQLite file it shares with the API. */
export interface DeliveryPacing {
  /** Deliveries fanned out per transaction. */
  deliveriesPerWrite: number
  /** Attempts recorded per transaction. */
  outcomesPerWrite: number
  /**
   * After each write transaction the thread leaves the lock free at least this long, and at
   * least as long as it held it: an API write waiting on the busy timeout retries after 1, 2, 5,
   * 10 ms…, and finds the lock free on a retry rather than taken again.
   */
  gapMs: number
}

/**
 * Measured with `bench/webhook-bench.ts` (apps/api/README.md): 1,000,000 deliveries with the
 * API's write p99 within 1.2× of its figure alone.
 */
export const DEFAULT_PACING: DeliveryPacing = {
  deliveriesPerWrite: 200,
  outcomesPerWrite: 100,
  gapMs: 2,
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
}

/** The thread's one task: it runs until `port` says stop. */
export interface DeliveryTask {
  data: DeliveryThreadData
  /** Says `ready` once the store is open; a message on it asks the loop to stop. */
  port: MessagePort
}
