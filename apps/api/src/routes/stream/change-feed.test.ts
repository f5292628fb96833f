import { describe, expect, it } from 'vitest'
import { ChangeFeed } from './change-feed.ts'

/** A feed over a counter the test moves, stepped by hand instead of a timer. */
const manualFeed = () => {
  const ticks: (() => void)[] = []
  const store = {
    latest: 0,
    polls: 0,
    latestChange: async () => {
      store.polls += 1
      return store.latest
    },
  }
  const feed = new ChangeFeed(store, (tick) => ticks.push(tick))
  const step = async () => {
    const tick = ticks.shift()
    tick?.()
    // The tick's one store call and the wake-ups it makes settle on these turns.
    for (let i = 0; i < 5; i++) await Promise.resolve()
  }
  return { feed, store, step, ticks }
}

describe('ChangeFeed', () => {
  it('serves a thousand waiting streams with one store query per poll', async () => {
    const { feed, store, step, ticks } = manualFeed()
    const woken: number[] = []
    const never = new AbortController().signal
    for (let i = 0; i < 1000; i++) void feed.next(0, never).then(() => woken.push(i))
    expect(ticks).toHaveLength(1)
    await step()
    expect(store.polls).toBe(1)
    expect(woken).toEqual([])
    store.latest = 1
    await step()
    expect(store.polls).toBe(2)
    expect(woken).toHaveLength(1000)
    expect(feed.waiting).toBe(0)
    expect(ticks).toHaveLength(0)
  })

  it('wakes only the streams the feed has passed', async () => {
    const { feed, store, step } = manualFeed()
    const never = new AbortController().signal
    const woken: string[] = []
    void feed.next(3, never).then(() => woken.push('at 3'))
    void feed.next(5, never).then(() => woken.push('at 5'))
    store.latest = 4
    await step()
    expect(woken).toEqual(['at 3'])
    expect(feed.waiting).toBe(1)
  })

  it('lets a closed stream go without a poll', async () => {
    const { feed, ticks } = manualFeed()
    const closed = new AbortController()
    const waiting = feed.next(0, closed.signal)
    closed.abort()
    await waiting
    expect(feed.waiting).toBe(0)
    expect(ticks).toHaveLength(1)
  })
})

describe('ChangeFeed when a tick is lost', () => {
  it('schedules again once the pending tick is overdue, and ignores the late one', async () => {
    const ticks: (() => void)[] = []
    const store = { polls: 0, latestChange: async () => ++store.polls }
    const feed = new ChangeFeed(store, (tick) => ticks.push(tick), 0)
    const never = new AbortController().signal
    void feed.next(100, never)
    void feed.next(100, never)
    expect(ticks).toHaveLength(2)
    ticks[0]?.()
    await Promise.resolve()
    expect(store.polls).toBe(0)
    ticks[1]?.()
    await Promise.resolve()
    expect(store.polls).toBe(1)
  })
})
