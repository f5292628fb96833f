import {
  type Delivery,
  type DeliveryAttempt,
  type RecordKind,
  SubscriptionEvent,
} from '@sitrep/domain'
import { type Kysely, sql } from 'kysely'
import type { Database } from '../database.ts'
import { NotFound } from '../errors.ts'
import type { Engine } from '../parts/context.ts'
import { jsonRows } from './json-rows.ts'

/** An active subscription as the worker needs it: where to send, and its sealed secret. */
export interface DeliveryTarget {
  id: string
  url: string
  sealedSecret: string
}

/** A delivery ready to send; its body's document comes from `revisionDocs`, once per event. */
export interface QueuedDelivery {
  id: string
  subscriptionId: string
  event: SubscriptionEvent
  recordId: string
  kind: RecordKind
  version: number
  /** Attempts made so far. */
  attempts: number
  createdAt: string
  nextAttemptAt: string | null
}

/** What one attempt found, and what becomes of the delivery (decided by the worker's policy). */
export interface AttemptOutcome {
  deliveryId: string
  subscriptionId: string
  /** Numbered by the worker: the delivery's attempts so far plus one. */
  attempt: DeliveryAttempt
  next:
    | { status: 'delivered' }
    | { status: 'pending'; nextAttemptAt: string }
    | { status: 'failed'; disableReason: string }
}

export const deliveryTargets = async (db: Kysely<Database>): Promise<DeliveryTarget[]> => {
  const rows = await db
    .selectFrom('webhook_subscriptions')
    .select(['id', 'url', 'secret'])
    .where('status', '=', 'active')
    .orderBy('id')
    .execute()
  return rows.map((r) => ({ id: r.id, url: r.url, sealedSecret: r.secret }))
}

/** A subscription's next pending deliveries in order; the worker sends them one after another. */
export const queuedDeliveries = async (
  db: Kysely<Database>,
  subscriptionId: string,
  limit: number,
): Promise<QueuedDelivery[]> => {
  const rows = await db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('records', 'records.id', 'd.record_id')
    .select([
      'd.id',
      'd.subscription_id',
      'd.event',
      'd.record_id',
      'records.kind',
      'd.version',
      'd.attempts',
      'd.created_at',
      'd.next_attempt_at',
    ])
    .where('d.subscription_id', '=', subscriptionId)
    .where('d.status', '=', 'pending')
    .orderBy('d.position')
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    subscriptionId: r.subscription_id,
    event: r.event,
    recordId: r.record_id,
    kind: r.kind as RecordKind,
    version: r.version,
    attempts: r.attempts,
    createdAt: r.created_at,
    nextAttemptAt: r.next_attempt_at,
  }))
}

/** A delivery's row after an attempt, as carried in the batch's JSON parameter. */
interface SettledDelivery extends Record<string, string | number | null> {
  id: string
  attempts: number
  status: AttemptOutcome['next']['status']
  next_attempt_at: string | null
  delivered_at: string | null
}

/** An attempt as stored, as carried in the batch's JSON parameter. */
interface AttemptRow extends Record<string, string | number | null> {
  delivery_id: string
  attempt: number
  at: string
  status_code: number | null
  error: string | null
  latency_ms: number
  response_excerpt: string | null
}

/**
 * Stores attempts and their consequences; a failure past the deadline disables the subscription.
 * The deliveries' new states, the attempts and the cleared errors are three statements for the
 * whole batch on every engine (one JSON parameter each), not one per delivery: a round of 10,000
 * deliveries used to spend more time here than sending them.
 */
export const recordOutcomes = async (
  db: Kysely<Database>,
  engine: Engine,
  outcomes: readonly AttemptOutcome[],
  now: string,
): Promise<void> => {
  if (outcomes.length === 0) return
  const settled = outcomes.map(
    (o): SettledDelivery => ({
      id: o.deliveryId,
      attempts: o.attempt.attempt,
      status: o.next.status,
      next_attempt_at: o.next.status === 'pending' ? o.next.nextAttemptAt : null,
      delivered_at: o.next.status === 'delivered' ? o.attempt.at : null,
    }),
  )
  await db
    .updateTable('webhook_deliveries')
    .from(
      jsonRows(engine, settled, {
        id: 'text',
        attempts: 'integer',
        status: 'text',
        next_attempt_at: 'text',
        delivered_at: 'text',
      }).as('v'),
    )
    .set((eb) => ({
      attempts: eb.ref('v.attempts'),
      status: eb.ref('v.status'),
      next_attempt_at: eb.ref('v.next_attempt_at'),
      delivered_at: eb.ref('v.delivered_at'),
    }))
    .whereRef('webhook_deliveries.id', '=', 'v.id')
    // The ids again, as an IN list on the key: SQLite then looks each delivery up by its key
    // whatever its statistics say (with stale ones it scanned the table once per batch row).
    .where('webhook_deliveries.id', 'in', (eb) =>
      eb
        .selectFrom(
          jsonRows(
            engine,
            settled.map((d) => ({ id: d.id })),
            { id: 'text' },
          ).as('k'),
        )
        .select('k.id'),
    )
    .execute()
  const attempts = outcomes.map(
    (o): AttemptRow => ({
      delivery_id: o.deliveryId,
      attempt: o.attempt.attempt,
      at: o.attempt.at,
      status_code: o.attempt.statusCode ?? null,
      error: o.attempt.error ?? null,
      latency_ms: o.attempt.latencyMs,
      response_excerpt: o.attempt.responseExcerpt ?? null,
    }),
  )
  await db
    .insertInto('webhook_attempts')
    .columns([
      'delivery_id',
      'attempt',
      'at',
      'status_code',
      'error',
      'latency_ms',
      'response_excerpt',
    ])
    .expression((eb) =>
      eb
        .selectFrom(
          jsonRows(engine, attempts, {
            delivery_id: 'text',
            attempt: 'integer',
            at: 'text',
            status_code: 'integer',
            error: 'text',
            latency_ms: 'integer',
            response_excerpt: 'text',
          }).as('a'),
        )
        .select([
          'a.delivery_id',
          'a.attempt',
          'a.at',
          'a.status_code',
          'a.error',
          'a.latency_ms',
          'a.response_excerpt',
        ])
        // SQLite reads `INSERT … SELECT … ON CONFLICT` as a join's ON unless a WHERE comes first.
        .where(sql<boolean>`true`),
    )
    // Two workers may send the same delivery (at least once); its history keeps one.
    .onConflict((oc) => oc.columns(['delivery_id', 'attempt']).doNothing())
    .execute()
  // Per subscription, its latest outcome in the batch decides: delivered clears its last error.
  const latest = new Map(outcomes.map((o) => [o.subscriptionId, o]))
  const recovered = [...latest.values()]
    .filter((o) => o.next.status === 'delivered')
    .map((o) => ({ id: o.subscriptionId }))
  if (recovered.length > 0)
    await db
      .updateTable('webhook_subscriptions')
      .set({ last_error: null })
      .where('id', 'in', (eb) =>
        eb.selectFrom(jsonRows(engine, recovered, { id: 'text' }).as('r')).select('r.id'),
      )
      .where('last_error', 'is not', null)
      .execute()
  // Failures are few: one statement each, as each may carry its own reason.
  for (const o of latest.values()) {
    if (o.next.status === 'delivered') continue
    const reason = o.next.status === 'failed' ? o.next.disableReason : null
    await db
      .updateTable('webhook_subscriptions')
      .set({
        last_error: o.attempt.error ?? `HTTP ${o.attempt.statusCode ?? '?'}`,
        ...(reason === null
          ? {}
          : { status: 'disabled' as const, disabled_reason: reason, updated_at: now }),
      })
      .where('id', '=', o.subscriptionId)
      .execute()
  }
}

const DELIVERY_PAGE_MAX = 200

/** A subscription's deliveries, newest first, each with its attempts; `before` pages on. */
export const listDeliveries = async (
  db: Kysely<Database>,
  subscriptionId: string,
  page: { limit: number; before?: number },
): Promise<{ items: Delivery[]; next?: number }> => {
  const limit = Math.min(page.limit, DELIVERY_PAGE_MAX)
  const rows = await db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('subscription_id', '=', subscriptionId)
    .$if(page.before !== undefined, (qb) => qb.where('position', '<', page.before ?? 0))
    .orderBy('position', 'desc')
    .limit(limit + 1)
    .execute()
  const shown = rows.slice(0, limit)
  const attempts =
    shown.length === 0
      ? []
      : await db
          .selectFrom('webhook_attempts')
          .selectAll()
          .where(
            'delivery_id',
            'in',
            shown.map((r) => r.id),
          )
          .orderBy('attempt')
          .execute()
  const items = shown.map(
    (r): Delivery => ({
      id: r.id,
      subscriptionId: r.subscription_id,
      event: SubscriptionEvent.parse(r.event),
      recordId: r.record_id,
      version: r.version,
      status: r.status,
      createdAt: r.created_at,
      ...(r.next_attempt_at === null ? {} : { nextAttemptAt: r.next_attempt_at }),
      attempts: attempts
        .filter((a) => a.delivery_id === r.id)
        .map((a) => ({
          attempt: a.attempt,
          at: a.at,
          ...(a.status_code === null ? {} : { statusCode: a.status_code }),
          ...(a.error === null ? {} : { error: a.error }),
          latencyMs: a.latency_ms,
          ...(a.response_excerpt === null ? {} : { responseExcerpt: a.response_excerpt }),
        })),
    }),
  )
  const last = shown.at(-1)
  return rows.length > limit && last ? { items, next: Number(last.position) } : { items }
}

/** Queues a delivery again, at once: delivered or failed, it is sent once more. */
export const retryDelivery = async (
  db: Kysely<Database>,
  subscriptionId: string,
  deliveryId: string,
  now: string,
): Promise<void> => {
  const found = await db
    .selectFrom('webhook_deliveries')
    .select('id')
    .where('id', '=', deliveryId)
    .where('subscription_id', '=', subscriptionId)
    .executeTakeFirst()
  if (!found) throw new NotFound('delivery', deliveryId)
  await db
    .updateTable('webhook_deliveries')
    .set({ status: 'pending', next_attempt_at: now, delivered_at: null })
    .where('id', '=', deliveryId)
    .execute()
}
