/**
 * Orders the write transactions of the threads of one process that write to one SQLite file (the
 * API's connection and the webhook delivery thread's). SQLite's own lock stays the guard; this
 * only decides who waits, and how. A connection that finds the lock taken sleeps in SQLite's
 * busy handler for 1, 2, 5, 10… ms before it looks again: the API's write waited out steps of
 * that ladder behind a 2 ms delivery transaction, and the delivery thread, retrying on the same
 * ladder, never found a gap between the API's writes (the webhook bench: no delivery made while
 * they ran). Here a writer waiting for the other is woken the moment it leaves, and the yielding
 * side (the delivery thread) lets a waiting first side in before it takes its next turn.
 */

/** The gate's state, shared between threads: created once, handed to every connection's store. */
export type WriteGateBuffer = SharedArrayBuffer

const HELD = 0
const WANTED = 1
// How long the first side (the API) waited for the other's turn: counts over all its threads.
const WAITS = 2
const WAITED_US = 3
const WAITS_OVER_1MS = 4
const WAITS_OVER_5MS = 5
const CELLS = 6

export const newWriteGateBuffer = (): WriteGateBuffer =>
  new SharedArrayBuffer(CELLS * Int32Array.BYTES_PER_ELEMENT)

/** The first side's waits so far: whether the other side's turns are what its writes wait on. */
export interface WriteGateWaits {
  /** Turns the first side found taken and waited for. */
  waits: number
  /** Their total, ms. */
  waitedMs: number
  over1ms: number
  over5ms: number
}

export const writeGateWaits = (buffer: WriteGateBuffer): WriteGateWaits => {
  const cells = new Int32Array(buffer)
  return {
    waits: Atomics.load(cells, WAITS),
    waitedMs: Atomics.load(cells, WAITED_US) / 1000,
    over1ms: Atomics.load(cells, WAITS_OVER_1MS),
    over5ms: Atomics.load(cells, WAITS_OVER_5MS),
  }
}

export interface WriteGate {
  /** Waits (blocking this thread) for its turn; call before BEGIN. */
  enter(): void
  /** Gives the turn up; call after COMMIT or ROLLBACK. */
  leave(): void
}

export interface WriteGateOptions {
  /** Lets a waiting first-side writer in before each of its own turns (the delivery thread). */
  yields: boolean
  /**
   * Longest wait before going ahead regardless, SQLite's lock still guarding: a thread that died
   * inside its turn costs one such wait, not a stalled writer.
   */
  maxWaitMs?: number
}

export const writeGate = (
  buffer: WriteGateBuffer,
  { yields, maxWaitMs = 250 }: WriteGateOptions,
): WriteGate => {
  const cells = new Int32Array(buffer)
  let holding = false

  const waitUntil = (cell: number, busy: () => boolean, deadline: number): boolean => {
    for (let value = Atomics.load(cells, cell); busy(); value = Atomics.load(cells, cell)) {
      const left = deadline - performance.now()
      if (left <= 0) return false
      Atomics.wait(cells, cell, value, left)
    }
    return true
  }
  const take = () => Atomics.compareExchange(cells, HELD, 0, 1) === 0
  const count = (started: number) => {
    if (yields) return
    const ms = performance.now() - started
    Atomics.add(cells, WAITS, 1)
    Atomics.add(cells, WAITED_US, Math.round(ms * 1000))
    if (ms >= 1) Atomics.add(cells, WAITS_OVER_1MS, 1)
    if (ms >= 5) Atomics.add(cells, WAITS_OVER_5MS, 1)
  }

  return {
    enter() {
      const started = performance.now()
      const deadline = started + maxWaitMs
      if (!yields) Atomics.add(cells, WANTED, 1)
      let waited = false
      try {
        for (;;) {
          if (yields && !waitUntil(WANTED, () => Atomics.load(cells, WANTED) > 0, deadline)) break
          if (take()) {
            holding = true
            if (waited) count(started)
            return
          }
          waited = true
          if (!waitUntil(HELD, () => Atomics.load(cells, HELD) !== 0, deadline)) break
        }
        count(started)
        // Waited too long: take the turn anyway (the other side may have died inside its own).
        Atomics.store(cells, HELD, 1)
        holding = true
      } finally {
        if (!yields && Atomics.sub(cells, WANTED, 1) === 1) Atomics.notify(cells, WANTED)
      }
    },
    leave() {
      if (!holding) return
      holding = false
      Atomics.store(cells, HELD, 0)
      Atomics.notify(cells, HELD)
    },
  }
}
