import type { AttemptOutcome, DeliveryTarget, QueuedDelivery, Store } from '@sitrep/store'
import { nextAttemptAt } from './backoff.ts'
import type { SecretBox } from './secret-box.ts'
import { type SentWebhook, sendWebhook } from './send-webhook.ts'
import { refusedTarget } from './target-policy.ts'
import { timeSlice } from './time-slice.ts'
import { webhookPayload } from './webhook-payload.ts'
import { type SignerFor, standardSigner } from './webhook-signer.ts'
import type { WebhookTransport } from './webhook-transport.ts'

export interface DeliveryWorkerOptions {
  store: Store
  box: SecretBox
  allowPrivateTargets: boolean
  /** Subscriptions served at once; each one's deliveries still go one after another. */
  concurrency?: number
  /** Deliveries sent to one subscription per round before the others get their turn. */
  perSubscription?: number
  /** Outbox events fanned out per round. */
  fanOutBatch?: number
  /**
   * Deliveries fanned out per transaction (the whole round's in one unless given). On SQLite the
   * API's writes wait for the lock while one runs.
   */
  deliveriesPerWrite?: number
  /** Attempts recorded per transaction. */
  outcomesPerWrite?: number
  /**
   * Awaited after each of the worker's write transactions, told how long it held the database:
   * a yield unless given. The SQLite delivery thread pauses here so the API's writes get the lock.
   */
  afterWrite?: (tookMs: number) => Promise<void>
  /**
   * Longest run of the worker's own synchronous steps (reads, bodies, signing) before it gives
   * the event loop a turn; none unless given. On better-sqlite3 the worker's reads run on the
   * loop it shares with the API (the Node entry's default), and a round's hundred queue reads in
   * a row kept a request waiting for all of them.
   */
  sliceMs?: number
  now?: () => Date
  random?: () => number
  /** How deliveries leave: `fetch` unless given (the Node entry gives a keep-alive client). */
  transport?: WebhookTransport
  /** How each subscription's signer is made: the Standard Webhooks package unless given. */
  signerFor?: SignerFor
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export interface RoundReport {
  fannedOut: number
  attempted: number
  delivered: number
  /**
   * Work is waiting for the next round: the fan-out took a full batch, or a delivery went
   * through (its subscription's queue may hold more). A round that only cleared the outbox of
   * events nobody subscribes to is not work: looping on it put a write of the worker's after
   * each of the API's (the webhook bench's store with no subscription).
   */
  more: boolean
}

/** Runs `work` over `items`, at most `limit` at a time. */
const eachLimited = async <T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
) => {
  let next = 0
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]
      if (item !== undefined) await work(item)
    }
  })
  await Promise.all(lanes)
}

const outcomeOf = (
  delivery: QueuedDelivery,
  sent: SentWebhook,
  now: Date,
  random: () => number,
): AttemptOutcome => {
  const attempt = {
    attempt: delivery.attempts + 1,
    at: now.toISOString(),
    latencyMs: sent.latencyMs,
    ...(sent.statusCode === undefined ? {} : { statusCode: sent.statusCode }),
    ...(sent.error === undefined ? {} : { error: sent.error }),
    ...(sent.responseExcerpt === undefined ? {} : { responseExcerpt: sent.responseExcerpt }),
  }
  const base = { deliveryId: delivery.id, subscriptionId: delivery.subscriptionId, attempt }
  if (sent.ok) return { ...base, next: { status: 'delivered' } }
  const retryAt = nextAttemptAt(attempt.attempt, new Date(delivery.createdAt), now, random)
  if (retryAt) return { ...base, next: { status: 'pending', nextAttemptAt: retryAt.toISOString() } }
  const why = sent.error ?? `HTTP ${sent.statusCode ?? '?'}`
  return {
    ...base,
    next: {
      status: 'failed',
      disableReason: `deliveries failed for 24 hours (last: ${why}); resume it to try again`,
    },
  }
}

/**
 * The delivery worker: each round fans the outbox out, then sends each active subscription its
 * due deliveries in order, stopping at the first failure so a later event never overtakes an
 * earlier one. Attempts are recorded after they are made, so a crash in between sends the
 * event again (at least once; receivers deduplicate by `webhook-id`).
 */
export const deliveryWorker = (options: DeliveryWorkerOptions) => {
  const {
    store,
    box,
    allowPrivateTargets,
    concurrency = 32,
    perSubscription = 100,
    fanOutBatch = 500,
    deliveriesPerWrite,
    // One D1 batch each.
    outcomesPerWrite = 100,
    afterWrite = nextTurn,
    now = () => new Date(),
    random = Math.random,
    signerFor = standardSigner,
    sliceMs,
  } = options
  const slice = sliceMs === undefined ? undefined : timeSlice(sliceMs)
  const breathe = async (): Promise<void> => {
    await slice?.breathe()
  }

  const serve = async (
    target: DeliveryTarget,
    queued: readonly QueuedDelivery[],
    report: RoundReport,
    outcomes: AttemptOutcome[],
    body: (delivery: QueuedDelivery, at: Date) => string | undefined,
  ) => {
    const refused = refusedTarget(target.url, allowPrivateTargets)
    const signer = refused ? undefined : signerFor(await box.open(target.sealedSecret))
    for (const delivery of queued) {
      await breathe()
      const at = now()
      if (delivery.nextAttemptAt && new Date(delivery.nextAttemptAt) > at) break
      // A record version gone from `revisions` cannot be sent; it waits, as a failure would.
      const payload = body(delivery, at)
      const sent: SentWebhook = !signer
        ? { ok: false, error: `target refused: ${refused}`, latencyMs: 0 }
        : payload === undefined
          ? { ok: false, error: 'the record version is no longer stored', latencyMs: 0 }
          : await sendWebhook({
              url: target.url,
              signer,
              id: delivery.id,
              body: payload,
              // The signed timestamp is the real send time: receivers check it against their clock.
              now: new Date(),
              ...(options.transport ? { transport: options.transport } : {}),
            })
      const outcome = outcomeOf(delivery, sent, at, random)
      outcomes.push(outcome)
      report.attempted += 1
      if (!sent.ok) break
      report.delivered += 1
    }
  }

  const written = async <T>(work: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    const result = await work()
    await afterWrite(performance.now() - started)
    return result
  }

  const round = async (): Promise<RoundReport> => {
    const report: RoundReport = {
      fannedOut: await store.fanOut(fanOutBatch, {
        ...(deliveriesPerWrite === undefined ? {} : { deliveriesPerWrite }),
        afterWrite,
        betweenReads: breathe,
      }),
      attempted: 0,
      delivered: 0,
      more: false,
    }
    const queues: { target: DeliveryTarget; queued: QueuedDelivery[] }[] = []
    await eachLimited(await store.deliveryTargets(), concurrency, async (target) => {
      await breathe()
      const queued = await store.queuedDeliveries(target.id, perSubscription)
      if (queued.length > 0) queues.push({ target, queued })
    })
    // One event goes to many subscriptions: its document is read and its body built once a
    // round, not once a delivery.
    const docs = new Map(
      (await store.revisionDocs(queues.flatMap((q) => q.queued))).map((d) => [
        `${d.recordId}\u0000${d.version}`,
        d.doc,
      ]),
    )
    const bodies = new Map<string, string>()
    const body = (delivery: QueuedDelivery, at: Date) => {
      const doc = docs.get(`${delivery.recordId}\u0000${delivery.version}`)
      if (doc === undefined) return undefined
      const key = `${delivery.recordId}\u0000${delivery.version}\u0000${delivery.event}`
      let built = bodies.get(key)
      if (built === undefined) {
        built = webhookPayload(delivery, doc, at)
        bodies.set(key, built)
      }
      return built
    }
    const outcomes: AttemptOutcome[] = []
    await eachLimited(queues, concurrency, ({ target, queued }) =>
      serve(target, queued, report, outcomes, body),
    )
    // Recorded after the round, in batches: a crash before this sends those events again.
    for (let i = 0; i < outcomes.length; i += outcomesPerWrite)
      await written(() => store.recordOutcomes(outcomes.slice(i, i + outcomesPerWrite)))
    report.more = report.fannedOut >= fanOutBatch || report.delivered > 0
    return report
  }

  return {
    round,
    /** Rounds until one finds nothing to do (or `deadline` passes): a Cron Trigger's run. */
    async drain(deadline = Number.POSITIVE_INFINITY): Promise<RoundReport> {
      const total: RoundReport = { fannedOut: 0, attempted: 0, delivered: 0, more: false }
      while (Date.now() < deadline) {
        const r = await round()
        total.fannedOut += r.fannedOut
        total.attempted += r.attempted
        total.delivered += r.delivered
        total.more = r.more
        // The same rule as the long-running loop's: stop when a round leaves no work.
        if (!r.more) break
      }
      return total
    },
  }
}

export type DeliveryWorker = ReturnType<typeof deliveryWorker>

/**
 * Runs the worker in the background of a long-lived process (the Node entry): rounds back to back
 * while there is work (`RoundReport.more`), `idleMs` apart when there is none. Errors are reported and the loop goes on.
 */
export const startDeliveryLoop = (
  worker: DeliveryWorker,
  options: { idleMs?: number; onError?: (error: unknown) => void } = {},
): { stop: () => Promise<void> } => {
  const { idleMs = 1000, onError = console.error } = options
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let wake: (() => void) | undefined
  const loop = (async () => {
    while (!stopped) {
      let busy = false
      try {
        busy = (await worker.round()).more
      } catch (error) {
        onError(error)
      }
      if (!busy && !stopped)
        await new Promise<void>((resolve) => {
          wake = resolve
          timer = setTimeout(resolve, idleMs)
        })
    }
  })()
  return {
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      wake?.()
      await loop
    },
  }
}
