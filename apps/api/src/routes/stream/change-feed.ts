import type { Store } from '@sitrep/store'

/** Runs `tick` after the poll interval; tests pass their own to step the feed by hand. */
export type Schedule = (tick: () => void) => void

interface Waiter {
  readonly after: number
  readonly wake: () => void
}

/**
 * One poll of the store's change feed shared by every open stream: while any stream waits, the
 * feed asks the store for its latest sequence number once per interval and wakes the streams it
 * has passed. A thousand idle streams cost one query per interval, not a thousand.
 */
export class ChangeFeed {
  readonly #waiters = new Set<Waiter>()
  /** When the pending tick was scheduled; undefined while none is. */
  #scheduledAt: number | undefined
  /** Only the latest scheduled tick polls: one taken for lost may still fire late. */
  #generation = 0

  constructor(
    private readonly store: Pick<Store, 'latestChange'>,
    private readonly schedule: Schedule,
    /**
     * A tick this late is taken for lost (a Worker may drop the timers of a request that has
     * ended) and scheduled again, so the streams left behind are not stranded.
     */
    private readonly lostAfterMs = 60_000,
  ) {}

  /** Resolves once the feed holds a change after `after`, or when `signal` aborts. */
  next(after: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const waiter: Waiter = {
        after,
        wake: () => {
          this.#waiters.delete(waiter)
          signal.removeEventListener('abort', waiter.wake)
          resolve()
        },
      }
      if (signal.aborted) return resolve()
      signal.addEventListener('abort', waiter.wake, { once: true })
      this.#waiters.add(waiter)
      this.#poll()
    })
  }

  get waiting(): number {
    return this.#waiters.size
  }

  #poll() {
    const now = Date.now()
    if (this.#scheduledAt !== undefined && now - this.#scheduledAt < this.lostAfterMs) return
    this.#scheduledAt = now
    const generation = ++this.#generation
    this.schedule(() => void this.#tick(generation))
  }

  async #tick(generation: number) {
    if (generation !== this.#generation) return
    try {
      const latest = await this.store.latestChange()
      for (const waiter of this.#waiters) if (latest > waiter.after) waiter.wake()
    } catch {
      // A failed poll (the store busy or closing) is retried on the next tick.
    } finally {
      this.#scheduledAt = undefined
      if (this.#waiters.size > 0) this.#poll()
    }
  }
}

export const every =
  (ms: number): Schedule =>
  (tick) => {
    setTimeout(tick, ms)
  }
