import { Overloaded } from '@sitrep/store'
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from './app-env.ts'

export interface ReadsPerClientOptions {
  /** Reads of one client computed at once; its next ones wait their turn. */
  readonly inFlight: number
  /** Reads of one client waiting; beyond them a read is refused (503 with Retry-After). */
  readonly waiting: number
}

/**
 * Eight at once keeps two read threads busy for one client (each read is one to three tasks on
 * them) while the event loop prepares the next; a bench or a web server reading for all its
 * visitors is one client too, so a small number would cap all of its traffic at that.
 */
export const DEFAULT_READS_PER_CLIENT: ReadsPerClientOptions = { inFlight: 8, waiting: 512 }

interface Line {
  active: number
  readonly queue: (() => void)[]
}

/**
 * Answers that miss the response cache are computed at most `inFlight` at a time per client
 * (API key, else address), the rest of that client's waiting in its own line: one client looping
 * expensive uncached reads holds a bounded share of the read threads, and the line it makes is
 * its own, not everyone's. Mounted inside the response cache, so cached answers never wait here.
 */
export const readsPerClient = (
  options: ReadsPerClientOptions,
  clientOf: (c: Context<AppEnv>) => string,
  skipPaths: readonly string[],
): MiddlewareHandler<AppEnv> => {
  const lines = new Map<string, Line>()
  const release = (key: string, line: Line) => {
    const next = line.queue.shift()
    if (next) return next()
    line.active -= 1
    if (line.active === 0) lines.delete(key)
  }
  return async (c, next) => {
    if (c.req.method !== 'GET' || skipPaths.includes(c.req.path)) return next()
    const key = clientOf(c)
    let line = lines.get(key)
    if (!line) {
      line = { active: 0, queue: [] }
      lines.set(key, line)
    }
    if (line.active < options.inFlight) line.active += 1
    else if (line.queue.length < options.waiting) {
      const queue = line.queue
      // The slot is handed over by release, so `active` already counts this read.
      await new Promise<void>((turn) => queue.push(turn))
    } else {
      if (line.active === 0) lines.delete(key)
      // The one problem for a full queue: 503 with Retry-After, as the read pool answers.
      throw new Overloaded('queue', 1)
    }
    try {
      await next()
    } finally {
      release(key, line)
    }
  }
}
