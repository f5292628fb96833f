import type { WriteGateBuffer } from '@sitrep/store/node'
import { startServiceThread } from '@sitrep/store/service-thread'
import {
  DEFAULT_PACING,
  type DeliveryPacing,
  type DeliveryThreadData,
} from './delivery-thread-data.ts'

export interface DeliveryThreadOptions {
  file: string
  sealingKey: string
  allowPrivateTargets: boolean
  idleMs: number
  pacing?: Partial<DeliveryPacing>
  /** The API store's write gate (see @sitrep/store's sqlite-write-gate): the thread yields. */
  writeGate?: WriteGateBuffer | undefined
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
 */
export const startDeliveryThread = async (
  options: DeliveryThreadOptions,
): Promise<DeliveryThread> => {
  const data: DeliveryThreadData = {
    file: options.file,
    sealingKey: options.sealingKey,
    allowPrivateTargets: options.allowPrivateTargets,
    idleMs: options.idleMs,
    pacing: { ...DEFAULT_PACING, ...options.pacing },
    ...(options.writeGate && { writeGate: options.writeGate }),
  }
  return startServiceThread(
    'the delivery thread',
    new URL('./delivery-thread-worker.ts', import.meta.url).href,
    data,
    options.onError ? { onError: options.onError } : {},
  )
}
