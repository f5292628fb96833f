/**
 * Memories kept from one article to the next: dictionary lookups by name, a place's state, a
 * surname's compiled pattern. They make a stream of articles about the same
 * war faster, and they make a benchmark that reads one article again and again faster still:
 * every answer is remembered from the first round. `forgetMemories` empties them all, so the
 * benchmark can also time an article read as the first one would be. Answers never depend on
 * them: a memory only saves the work of asking again.
 */
const forgetters = new Set<() => void>()

/** Registers how a module empties its memory. */
export const forgettable = (forget: () => void): void => {
  forgetters.add(forget)
}

export const forgetMemories = (): void => {
  for (const forget of forgetters) forget()
}
