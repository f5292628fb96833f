/** Retries stop this long after the event was queued; the subscription is then disabled. */
export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000
const FIRST_DELAY_MS = 5_000
const LONGEST_DELAY_MS = 60 * 60 * 1000

/**
 * When to try again after `attempts` failures: exponential from 5 s, capped at an hour, with
 * "equal jitter" (half fixed, half random) so receivers that fail together do not retry in step,
 * yet each retry still waits at least half its step. `undefined` once the 24 h window is spent.
 */
export const nextAttemptAt = (
  attempts: number,
  queuedAt: Date,
  now: Date,
  random: () => number = Math.random,
): Date | undefined => {
  const step = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1))
  const next = new Date(now.getTime() + step / 2 + random() * (step / 2))
  const deadline = queuedAt.getTime() + RETRY_WINDOW_MS
  if (now.getTime() >= deadline) return undefined
  return next.getTime() > deadline ? new Date(deadline) : next
}
