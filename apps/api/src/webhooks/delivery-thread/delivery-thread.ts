import { MessageChannel } from 'node:worker_threads'
import { threadExecArgv } from '@sitrep/store/read-pool'
import { Piscina } from 'piscina'
import {
  DEFAULT_PACING,
  type DeliveryPacing,
  type DeliveryTask,
  type DeliveryThreadData,
} from './delivery-thread-data.ts'

export interface DeliveryThreadOptions {
  file: string
  sealingKey: string
  allowPrivateTargets: boolean
  idleMs: number
  pacing?: Partial<DeliveryPacing>
  onError?: (error: unknown) => void
}

export interface DeliveryThread {
  /** Lets the round in flight finish and record its outcomes, then ends the thread. */
  stop(): Promise<void>
}

/**
 * Runs the delivery loop on a worker thread with its own SQLite connection, so sending, signing
 * and building bodies never run on the API's event loop, and its writes reach the file in short
 * paced transactions. Resolves once the thread has opened the store. A crash loses nothing: the
 * outbox and the pending deliveries are in the file, and the next start sends them.
 *
 * A one-thread piscina pool running one long task: piscina loads a TypeScript module in a thread
 * (a plain Worker's own main module is resolved before the loader in its flags is in place).
 */
export const startDeliveryThread = async (
  options: DeliveryThreadOptions,
): Promise<DeliveryThread> => {
  const { onError = console.error } = options
  const data: DeliveryThreadData = {
    file: options.file,
    sealingKey: options.sealingKey,
    allowPrivateTargets: options.allowPrivateTargets,
    idleMs: options.idleMs,
    pacing: { ...DEFAULT_PACING, ...options.pacing },
  }
  const pool = new Piscina<DeliveryTask, void>({
    filename: new URL('./delivery-thread-worker.ts', import.meta.url).href,
    minThreads: 1,
    maxThreads: 1,
    // The task runs as long as the server: no idle or close timeout may cut it.
    idleTimeout: Number.POSITIVE_INFINITY,
    execArgv: threadExecArgv(process.execArgv),
  })
  const { port1, port2 } = new MessageChannel()
  const task: DeliveryTask = { data, port: port2 }
  const running = pool.run(task, { transferList: [port2] })
  let started = false
  running.catch((error: unknown) => {
    if (started) onError(error)
  })
  try {
    await Promise.race([
      new Promise<void>((resolve) => port1.once('message', () => resolve())),
      running.then(() => {
        throw new Error('the delivery thread ended as it started')
      }),
    ])
  } catch (error) {
    port1.close()
    await pool.destroy()
    throw new Error(`the delivery thread did not start: ${String(error)}`, { cause: error })
  }
  started = true
  return {
    async stop() {
      port1.postMessage('stop')
      await running.catch(() => {})
      port1.close()
      await pool.destroy()
    },
  }
}
