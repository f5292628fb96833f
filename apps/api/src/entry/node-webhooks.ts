import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Store } from '@sitrep/store'
import type { WriteGateBuffer } from '@sitrep/store/node'
import { readWebhookSettings } from '../config/webhook-settings.ts'
import type { WebhookOptions } from '../routes/subscriptions/subscriptions.index.ts'
import { startDeliveryThread } from '../webhooks/delivery-thread/delivery-thread.ts'
import { deliveryWorker, startDeliveryLoop } from '../webhooks/delivery-worker.ts'
import { dnsResolver } from '../webhooks/dns-resolver.ts'
import { hmacSigner } from '../webhooks/hmac-signer.ts'
import { IN_PROCESS_PACING } from '../webhooks/in-process-pacing.ts'
import { type HostResolver, publicOnlyLookup } from '../webhooks/public-addresses.ts'
import { newSealingKey, secretBox } from '../webhooks/secret-box.ts'
import { sendingThreadTransport } from '../webhooks/sending-thread/sending-thread.ts'
import { undiciTransport, webhookAgent } from '../webhooks/undici-transport.ts'

/** The sealing key: configured, else one kept beside the SQLite file (readable by its owner only). */
const sealingKey = (configured: string | undefined, dataDir: string): string => {
  if (configured) return configured
  const file = join(dataDir, 'webhook.key')
  mkdirSync(dataDir, { recursive: true })
  if (!existsSync(file)) writeFileSync(file, `${newSealingKey()}\n`, { mode: 0o600, flag: 'wx' })
  return readFileSync(file, 'utf8').trim()
}

export interface NodeWebhooksOptions {
  dataDir: string
  /** The store's SQLite file; unset on PostgreSQL. */
  sqliteFile?: string | undefined
  /** The gate the API's store was opened with: the delivery thread's writes yield to its. */
  writeGate?: WriteGateBuffer | undefined
  env?: NodeJS.ProcessEnv
  resolveHost?: HostResolver
}

/**
 * Webhooks in the Node process: the routes' options, and the delivery loop. On SQLite it runs on
 * its own thread and connection (see delivery-thread); on PostgreSQL, whose queries wait off the
 * event loop and whose row locks leave the API's writes alone, it runs beside the server. Events
 * written before a crash wait in the outbox and go out after the restart.
 */
export const startNodeWebhooks = async (
  store: Store,
  {
    dataDir,
    sqliteFile,
    writeGate,
    env = process.env,
    resolveHost = dnsResolver,
  }: NodeWebhooksOptions,
): Promise<{ options: WebhookOptions; stop: () => Promise<void> }> => {
  const settings = readWebhookSettings(env)
  const key = sealingKey(settings.SITREP_WEBHOOK_KEY, dataDir)
  const box = await secretBox(key)
  const allowPrivateTargets = settings.SITREP_WEBHOOK_ALLOW_PRIVATE
  // One keep-alive client and node:crypto signing for the loop and the routes' test sends; the
  // Worker keeps `fetch` and the Standard Webhooks package. Unless private targets are allowed,
  // names are resolved and checked when made and again where each socket connects.
  const guarded = allowPrivateTargets ? {} : { resolveHost }
  // With the system resolver, posts leave from the sending thread: the event loop only hands
  // them over (the webhook bench: write p99 while delivering 1.57x the fresh store's against
  // 2.57x with undici on the loop). A resolver given in code cannot cross to a thread.
  const transport =
    resolveHost === dnsResolver
      ? await sendingThreadTransport({ allowPrivateTargets })
      : undiciTransport(
          webhookAgent(allowPrivateTargets ? undefined : publicOnlyLookup(resolveHost)),
        )
  const sending = { transport, signerFor: hmacSigner }
  const idleMs = settings.SITREP_WEBHOOK_IDLE_MS
  const loop =
    sqliteFile && settings.SITREP_WEBHOOK_THREAD
      ? await startDeliveryThread({
          file: sqliteFile,
          sealingKey: key,
          allowPrivateTargets,
          idleMs,
          writeGate,
        })
      : startDeliveryLoop(
          // A fan-out of 500 events to 100 subscribers is 50,000 rows: written in short
          // transactions with a turn of the loop between, a request waits for one slice, not all.
          deliveryWorker({ store, box, allowPrivateTargets, ...IN_PROCESS_PACING, ...sending }),
          { idleMs },
        )
  const stop = async () => {
    await loop.stop()
    await transport.close()
  }
  return { options: { box, allowPrivateTargets, ...sending, ...guarded }, stop }
}
