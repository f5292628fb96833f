import { openSqliteStore } from '@sitrep/store/sqlite'
import { lowerThreadPriority } from '@sitrep/store/thread-priority'
import { deliveryWorker, startDeliveryLoop } from '../delivery-worker.ts'
import { dnsResolver } from '../dns-resolver.ts'
import { hmacSigner } from '../hmac-signer.ts'
import { publicOnlyLookup } from '../public-addresses.ts'
import { secretBox } from '../secret-box.ts'
import { undiciTransport, webhookAgent } from '../undici-transport.ts'
import type { DeliveryTask } from './delivery-thread-data.ts'

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * The delivery loop on this thread's own connection, event loop and keep-alive client, until
 * the port says stop; then the round in flight finishes and records its outcomes.
 */
export default async function deliver({ data, port }: DeliveryTask): Promise<void> {
  lowerThreadPriority(data.pacing.niceness)
  const stopAsked = new Promise<void>((resolve) => port.once('message', () => resolve()))
  const store = await openSqliteStore({
    file: data.file,
    ...(data.writeGate && { writeGate: { buffer: data.writeGate, yields: true } }),
  })
  const transport = undiciTransport(
    webhookAgent(data.allowPrivateTargets ? undefined : publicOnlyLookup(dnsResolver)),
  )
  try {
    const { deliveriesPerWrite, outcomesPerWrite, gapMs } = data.pacing
    const worker = deliveryWorker({
      store,
      box: await secretBox(data.sealingKey),
      allowPrivateTargets: data.allowPrivateTargets,
      transport,
      signerFor: hmacSigner,
      deliveriesPerWrite,
      outcomesPerWrite,
      afterWrite: (tookMs) => pause(Math.max(gapMs, tookMs)),
    })
    const loop = startDeliveryLoop(worker, { idleMs: data.idleMs })
    port.postMessage('ready')
    await stopAsked
    await loop.stop()
  } finally {
    port.close()
    await transport.close()
    await store.close()
  }
}
