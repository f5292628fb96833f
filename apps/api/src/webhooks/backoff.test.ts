import { describe, expect, it } from 'vitest'
import { nextAttemptAt, RETRY_WINDOW_MS } from './backoff.ts'

const queued = new Date('2025-07-21T12:00:00Z')
const after = (ms: number) => new Date(queued.getTime() + ms)

describe('retry backoff', () => {
  it('doubles from 5 s, each wait between half and all of its step', () => {
    const waits = [1, 2, 3, 4].map((n) => [
      (nextAttemptAt(n, queued, queued, () => 0)?.getTime() ?? 0) - queued.getTime(),
      (nextAttemptAt(n, queued, queued, () => 1)?.getTime() ?? 0) - queued.getTime(),
    ])
    expect(waits).toEqual([
      [2_500, 5_000],
      [5_000, 10_000],
      [10_000, 20_000],
      [20_000, 40_000],
    ])
  })

  it('waits at most an hour between attempts', () => {
    const wait = (nextAttemptAt(30, queued, queued, () => 1)?.getTime() ?? 0) - queued.getTime()
    expect(wait).toBe(60 * 60 * 1000)
  })

  it('never schedules past the 24 h window, and gives up once it is spent', () => {
    const late = after(RETRY_WINDOW_MS - 1000)
    expect(nextAttemptAt(30, queued, late, () => 1)).toEqual(after(RETRY_WINDOW_MS))
    expect(nextAttemptAt(31, queued, after(RETRY_WINDOW_MS))).toBeUndefined()
  })
})
