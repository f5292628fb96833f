import { once } from 'node:events'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { newWriteGateBuffer, writeGate, writeGateWaits } from './sqlite-write-gate.ts'

// The gate's cells (turn held, first-side writers waiting, then four counting the first side's
// waits), then one the other thread sets.
const HELD = 0
const WANTED = 1
const LEFT = 6

/** Another thread that holds the turn for `holdMs`, marks that it has left, then gives it up. */
const holdElsewhere = async (buffer: SharedArrayBuffer, holdMs: number) => {
  const worker = new Worker(
    `const { workerData, parentPort } = require('node:worker_threads')
     const cells = new Int32Array(workerData.buffer)
     Atomics.store(cells, ${HELD}, 1)
     parentPort.postMessage('held')
     Atomics.wait(cells, ${LEFT}, 0, workerData.holdMs)
     Atomics.store(cells, ${LEFT}, 1)
     Atomics.store(cells, ${HELD}, 0)
     Atomics.notify(cells, ${HELD})`,
    { eval: true, workerData: { buffer, holdMs } },
  )
  await once(worker, 'message')
  return worker
}

const withLeftCell = () => new SharedArrayBuffer((LEFT + 1) * Int32Array.BYTES_PER_ELEMENT)

describe('writeGate', () => {
  it('lets a writer in at once when nobody holds the turn, and again after it left', () => {
    const gate = writeGate(newWriteGateBuffer(), { yields: false })
    gate.enter()
    gate.leave()
    gate.enter()
    gate.leave()
    // Leaving twice gives up nothing it does not hold.
    gate.leave()
  })

  it("waits for another thread's turn to end before taking it", async () => {
    const buffer = withLeftCell()
    const worker = await holdElsewhere(buffer, 50)
    const gate = writeGate(buffer, { yields: false, maxWaitMs: 60_000 })
    gate.enter()
    expect(Atomics.load(new Int32Array(buffer), LEFT)).toBe(1)
    gate.leave()
    await worker.terminate()
  })

  it("counts the first side's waits for the other's turn, and not its free turns", async () => {
    const buffer = withLeftCell()
    const gate = writeGate(buffer, { yields: false, maxWaitMs: 60_000 })
    gate.enter()
    gate.leave()
    expect(writeGateWaits(buffer).waits).toBe(0)
    const worker = await holdElsewhere(buffer, 30)
    gate.enter()
    gate.leave()
    const waits = writeGateWaits(buffer)
    expect(waits.waits).toBe(1)
    // How long depends on when this thread got there; only that it is counted is certain.
    expect(waits.waitedMs).toBeGreaterThan(0)
    await worker.terminate()
  })

  it('goes ahead after its longest wait when the holder never leaves (a dead thread)', () => {
    const buffer = newWriteGateBuffer()
    const holder = writeGate(buffer, { yields: false })
    holder.enter()
    const late = writeGate(buffer, { yields: true, maxWaitMs: 20 })
    late.enter()
    late.leave()
    // The turn is free again for anyone.
    const next = writeGate(buffer, { yields: true, maxWaitMs: 60_000 })
    next.enter()
    next.leave()
  })

  it('keeps a yielding writer out while a first-side writer waits', async () => {
    const buffer = withLeftCell()
    const cells = new Int32Array(buffer)
    // A first-side writer is waiting for the turn, which nobody holds; another thread marks
    // that it has stopped waiting, then lowers the count.
    Atomics.store(cells, WANTED, 1)
    const worker = new Worker(
      `const { workerData } = require('node:worker_threads')
       const cells = new Int32Array(workerData.buffer)
       Atomics.wait(cells, ${LEFT}, 0, 50)
       Atomics.store(cells, ${LEFT}, 1)
       Atomics.store(cells, ${WANTED}, 0)
       Atomics.notify(cells, ${WANTED})`,
      { eval: true, workerData: { buffer } },
    )
    await once(worker, 'online')
    const yielding = writeGate(buffer, { yields: true, maxWaitMs: 60_000 })
    yielding.enter()
    expect(Atomics.load(cells, LEFT)).toBe(1)
    yielding.leave()
    await worker.terminate()
  })
})
