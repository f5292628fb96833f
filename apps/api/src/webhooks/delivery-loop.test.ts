import { describe, expect, it } from 'vitest'
import { type DeliveryWorker, type RoundReport, startDeliveryLoop } from './delivery-worker.ts'

/** A worker whose rounds report `more` as scripted, then no more work. */
const scripted = (more: readonly boolean[]) => {
  let rounds = 0
  const worker: DeliveryWorker = {
    async round(): Promise<RoundReport> {
      const left = more[rounds] ?? false
      rounds += 1
      return { fannedOut: 1, attempted: 0, delivered: 0, more: left }
    },
    drain: async () => ({ fannedOut: 0, attempted: 0, delivered: 0, more: false }),
  }
  return { worker, rounds: () => rounds }
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 400 && !done(); i += 1) await new Promise((r) => setTimeout(r, 10))
}

describe('the delivery loop', () => {
  it('runs rounds back to back while work is left, then sleeps', async () => {
    const { worker, rounds } = scripted([true, true, true])
    const loop = startDeliveryLoop(worker, { idleMs: 60_000 })
    await until(() => rounds() >= 4)
    await new Promise((r) => setTimeout(r, 50))
    await loop.stop()
    // Three rounds left work, the fourth did not: the loop waits a minute before a fifth.
    expect(rounds()).toBe(4)
  })

  it('sleeps after a round that only cleared the outbox of events nobody wants', async () => {
    const { worker, rounds } = scripted([])
    const loop = startDeliveryLoop(worker, { idleMs: 60_000 })
    await until(() => rounds() >= 1)
    await new Promise((r) => setTimeout(r, 50))
    await loop.stop()
    expect(rounds()).toBe(1)
  })
})
