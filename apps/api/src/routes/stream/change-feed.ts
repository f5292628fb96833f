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
  #polling = false

  constructor(
    private readonly store: Pick<Store, 'latestChange'>,
    private readonly schedule: Schedule,
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
    if (this.#polling) return
    this.#polling = true
    this.schedule(() => void this.#tick())
  }

  async #tick() {
    try {
      const latest = await this.store.latestChange()
      for (const waiter of this.#waiters) if (latest > waiter.after) waiter.wake()
    } catch {
      // A failed poll (the store busy or closing) is retried on the next tick.
    } finally {
      this.#polling = false
      if (this.#waiters.size > 0) this.#poll()
    }
  }
}

export const every =
  (ms: number): Schedule =>
  (tick) => {
    setTimeout(tick, ms)
  }
