/** A shared loader; `forget` drops what it holds, for a write this process made itself. */
export interface FreshLoader<T> {
  (): Promise<T>
  forget(): void
}

/**
 * A loader whose result is shared for `ttlMs`: the dictionaries and source list change rarely,
 * and re-reading them for every page view would cost the API work for data that did not change.
 * A failed load is not kept.
 */
export const freshFor = <T>(ttlMs: number, load: () => Promise<T>): FreshLoader<T> => {
  let held: { at: number; value: Promise<T> } | undefined
  const loader = () => {
    const now = Date.now()
    if (!held || now - held.at > ttlMs) {
      const value = load()
      held = { at: now, value }
      value.catch(() => {
        if (held?.value === value) held = undefined
      })
    }
    return held.value
  }
  return Object.assign(loader, {
    forget: () => {
      held = undefined
    },
  })
}
