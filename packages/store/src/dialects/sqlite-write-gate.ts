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

export const newWriteGateBuffer = (): WriteGateBuffer =>
  new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)

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

  return {
    enter() {
      const deadline = performance.now() + maxWaitMs
      if (!yields) Atomics.add(cells, WANTED, 1)
      try {
        for (;;) {
          if (yields && !waitUntil(WANTED, () => Atomics.load(cells, WANTED) > 0, deadline)) break
          if (take()) {
            holding = true
            return
          }
          if (!waitUntil(HELD, () => Atomics.load(cells, HELD) !== 0, deadline)) break
        }
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
