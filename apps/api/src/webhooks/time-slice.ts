/** Gives the event loop a turn: after the I/O that is waiting (a request's socket), not before. */
export const loopTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

export interface TimeSlice {
  /** Yields a turn of the loop if the work since the last one has run `sliceMs` or more. */
  breathe(): Promise<void>
}

/**
 * Cuts a run of short synchronous steps into slices of about `sliceMs`. better-sqlite3 runs each
 * query on the calling thread and its promises resolve as microtasks, so a chain of awaited
 * queries never lets the event loop read a request until the whole chain has ended; awaiting
 * `breathe()` between steps bounds how long a request waits to `sliceMs` plus one step.
 */
export const timeSlice = (
  sliceMs: number,
  clock: () => number = () => performance.now(),
  turn: () => Promise<void> = loopTurn,
): TimeSlice => {
  let since = clock()
  return {
    async breathe() {
      if (clock() - since < sliceMs) return
      await turn()
      since = clock()
    },
  }
}
