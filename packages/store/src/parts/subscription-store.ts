import {
  type Delivery,
  NewSubscription,
  type Subscription,
  SubscriptionPatch,
} from '@sitrep/domain'
import type { Kysely } from 'kysely'
import { z } from 'zod'
import { chunk } from '../chunk.ts'
import type { Database } from '../database.ts'
import { validate } from '../validate.ts'
import {
  type AttemptOutcome,
  type DeliveryTarget,
  deliveryTargets,
  listDeliveries,
  type QueuedDelivery,
  queuedDeliveries,
  recordOutcomes,
  retryDelivery,
} from '../webhooks/deliveries.ts'
import { newSubscriptionId } from '../webhooks/delivery-id.ts'
import {
  type BetweenReads,
  insertDeliveries,
  planFanOut,
  removeFromOutbox,
} from '../webhooks/fan-out.ts'
import { type RevisionDoc, type RevisionKey, revisionDocs } from '../webhooks/revision-docs.ts'
import {
  findSubscriptionRow,
  healthOf,
  listSubscriptions,
  patchColumns,
  type SubscriptionScope,
  toSubscription,
} from '../webhooks/subscriptions.ts'
import type { StoreContext } from './context.ts'

export type { AttemptOutcome, DeliveryTarget, QueuedDelivery } from '../webhooks/deliveries.ts'
export type { RevisionDoc, RevisionKey } from '../webhooks/revision-docs.ts'
export type { SubscriptionScope } from '../webhooks/subscriptions.ts'

/**
 * Webhook subscriptions and their delivery queue. Every write's event reaches `webhook_outbox`
 * in the write's own transaction (a trigger, migration 0023); `fanOut` turns events into
 * deliveries, and the API's worker sends them and records each attempt here.
 */
export interface SubscriptionStore {
  /** `sealedSecret` is the signing secret as the API sealed it; the store never sees it clear. */
  createSubscription(
    input: NewSubscription & { owner: string; sealedSecret: string },
  ): Promise<Subscription>
  listSubscriptions(scope: SubscriptionScope): Promise<Subscription[]>
  /** Throws NotFound for an unknown id, or one outside `scope`. */
  getSubscription(id: string, scope: SubscriptionScope): Promise<Subscription>
  /** The sealed secret, for sending a test event. */
  subscriptionTarget(id: string, scope: SubscriptionScope): Promise<DeliveryTarget>
  updateSubscription(
    id: string,
    patch: SubscriptionPatch,
    scope: SubscriptionScope,
  ): Promise<Subscription>
  /** Removes it with its deliveries and their attempts. */
  deleteSubscription(id: string, scope: SubscriptionScope): Promise<void>
  listDeliveries(
    subscriptionId: string,
    page: { limit: number; before?: number },
    scope: SubscriptionScope,
  ): Promise<{ items: Delivery[]; next?: number }>
  retryDelivery(subscriptionId: string, deliveryId: string, scope: SubscriptionScope): Promise<void>
  /**
   * Turns up to `limit` outbox events into deliveries; answers how many events it took. Reads
   * first (awaiting `betweenReads` between them), then writes the deliveries `deliveriesPerWrite`
   * to a transaction (all in one, with the outbox rows' removal, unless given), awaiting
   * `afterWrite` after each, told how long it took.
   */
  fanOut(limit: number, pacing?: FanOutPacing): Promise<number>
  deliveryTargets(): Promise<DeliveryTarget[]>
  queuedDeliveries(subscriptionId: string, limit: number): Promise<QueuedDelivery[]>
  /** The stored documents of these record versions: a delivery's body, read once per event. */
  revisionDocs(keys: readonly RevisionKey[]): Promise<RevisionDoc[]>
  recordOutcomes(outcomes: readonly AttemptOutcome[]): Promise<void>
}

/** How a fan-out spreads its writes: see `SubscriptionStore.fanOut`. */
export interface FanOutPacing {
  deliveriesPerWrite?: number
  afterWrite?: (tookMs: number) => Promise<void>
  betweenReads?: BetweenReads
}

const NewStoredSubscription = z.strictObject({
  ...NewSubscription.shape,
  owner: z.string().min(1).max(100),
  sealedSecret: z.string().min(1).max(1000),
})
const Limit = z.number().int().min(1).max(10_000)

export const createSubscriptionStore = ({
  db,
  engine,
  transact,
  now,
}: StoreContext): SubscriptionStore => {
  const get = async (id: string, scope: SubscriptionScope) => {
    const row = await findSubscriptionRow(db, id, scope)
    return toSubscription(row, (await healthOf(db, [id])).get(id))
  }
  return {
    async createSubscription(input) {
      const valid = validate(NewStoredSubscription, input, 'subscription')
      const at = now()
      const id = newSubscriptionId()
      await transact(async (trx) => {
        const newest = await trx
          .selectFrom('webhook_outbox')
          .select((eb) => eb.fn.max('seq').as('seq'))
          .executeTakeFirst()
        await trx
          .insertInto('webhook_subscriptions')
          .values({
            id,
            owner: valid.owner,
            url: valid.url,
            description: valid.description ?? null,
            filter: JSON.stringify(valid.filter),
            events: JSON.stringify(valid.events),
            secret: valid.sealedSecret,
            status: 'active',
            disabled_reason: null,
            last_error: null,
            after_seq: Number(newest?.seq ?? 0),
            created_at: at,
            updated_at: at,
          })
          .execute()
      })
      return get(id, {})
    },
    listSubscriptions: (scope) => listSubscriptions(db, scope),
    getSubscription: get,
    async subscriptionTarget(id, scope) {
      const row = await findSubscriptionRow(db, id, scope)
      return { id: row.id, url: row.url, sealedSecret: row.secret }
    },
    async updateSubscription(id, patch, scope) {
      const valid = validate(SubscriptionPatch, patch, 'subscription change')
      await findSubscriptionRow(db, id, scope)
      await transact((trx) =>
        trx
          .updateTable('webhook_subscriptions')
          .set(patchColumns(valid, now()))
          .where('id', '=', id)
          .execute(),
      )
      return get(id, scope)
    },
    async deleteSubscription(id, scope) {
      await findSubscriptionRow(db, id, scope)
      await transact(async (trx) => {
        const ofSubscription = trx
          .selectFrom('webhook_deliveries')
          .select('id')
          .where('subscription_id', '=', id)
        await trx
          .deleteFrom('webhook_attempts')
          .where('delivery_id', 'in', ofSubscription)
          .execute()
        await trx.deleteFrom('webhook_deliveries').where('subscription_id', '=', id).execute()
        await trx.deleteFrom('webhook_subscriptions').where('id', '=', id).execute()
      })
    },
    async listDeliveries(subscriptionId, page, scope) {
      await findSubscriptionRow(db, subscriptionId, scope)
      return listDeliveries(db, subscriptionId, page)
    },
    async retryDelivery(subscriptionId, deliveryId, scope) {
      await findSubscriptionRow(db, subscriptionId, scope)
      await transact((trx) => retryDelivery(trx, subscriptionId, deliveryId, now()))
    },
    async fanOut(limit, pacing = {}) {
      const plan = await planFanOut(
        db,
        now(),
        validate(Limit, limit, 'fan-out limit'),
        pacing.betweenReads,
      )
      if (plan.seqs.length === 0) return 0
      const { deliveriesPerWrite = plan.deliveries.length, afterWrite } = pacing
      const written = async <T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> => {
        const started = performance.now()
        const result = await transact(work)
        await afterWrite?.(performance.now() - started)
        return result
      }
      if (plan.deliveries.length <= deliveriesPerWrite)
        return written(async (trx) => {
          await insertDeliveries(trx, plan.deliveries)
          return removeFromOutbox(trx, plan.seqs)
        })
      // Subscription by subscription (the plan's order), so a transaction touches few pages of
      // the queue's indexes; the rows leave the outbox last, so a crash midway fans them out
      // again, which adds only what is missing.
      for (const part of chunk(plan.deliveries, Math.max(1, deliveriesPerWrite)))
        await written((trx) => insertDeliveries(trx, part))
      return written((trx) => removeFromOutbox(trx, plan.seqs))
    },
    deliveryTargets: () => deliveryTargets(db),
    queuedDeliveries: (subscriptionId, limit) =>
      queuedDeliveries(db, subscriptionId, validate(Limit, limit, 'limit')),
    revisionDocs: (keys) => revisionDocs(db, engine, keys),
    recordOutcomes: (outcomes) => transact((trx) => recordOutcomes(trx, engine, outcomes, now())),
  }
}
