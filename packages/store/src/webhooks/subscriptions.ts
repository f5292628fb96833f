import {
  type DeliveryHealth,
  type Subscription,
  SubscriptionEvent,
  SubscriptionFilter,
  type SubscriptionPatch,
} from '@sitrep/domain'
import type { Kysely, Selectable } from 'kysely'
import { z } from 'zod'
import type { Database } from '../database.ts'
import { NotFound } from '../errors.ts'
import type { WebhookSubscriptionsTable } from '../tables/webhooks.table.ts'

/** Whose subscriptions a call may see: an editor's own (`owner`), or every one (an admin). */
export interface SubscriptionScope {
  owner?: string
}

const Events = z.array(SubscriptionEvent)
const emptyHealth: DeliveryHealth = { pending: 0, delivered: 0, failed: 0 }

export const toSubscription = (
  row: Selectable<WebhookSubscriptionsTable>,
  health: DeliveryHealth = emptyHealth,
): Subscription => ({
  id: row.id,
  url: row.url,
  filter: SubscriptionFilter.parse(JSON.parse(row.filter)),
  events: Events.parse(JSON.parse(row.events)),
  ...(row.description === null ? {} : { description: row.description }),
  status: row.status,
  ...(row.disabled_reason === null ? {} : { disabledReason: row.disabled_reason }),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  health: row.last_error === null ? health : { ...health, lastError: row.last_error },
})

/** Deliveries counted by status, and the latest success, for each of `ids`. */
export const healthOf = async (
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, DeliveryHealth>> => {
  const found = new Map<string, DeliveryHealth>()
  if (ids.length === 0) return found
  const rows = await db
    .selectFrom('webhook_deliveries')
    .select(({ fn }) => [
      'subscription_id',
      'status',
      fn.countAll<string | number>().as('n'),
      fn.max('delivered_at').as('last'),
    ])
    .where('subscription_id', 'in', ids)
    .groupBy(['subscription_id', 'status'])
    .execute()
  for (const row of rows) {
    const health = found.get(row.subscription_id) ?? { ...emptyHealth }
    health[row.status] = Number(row.n)
    if (row.last) health.lastDeliveredAt = row.last
    found.set(row.subscription_id, health)
  }
  return found
}

export const findSubscriptionRow = async (
  db: Kysely<Database>,
  id: string,
  scope: SubscriptionScope,
): Promise<Selectable<WebhookSubscriptionsTable>> => {
  const row = await db
    .selectFrom('webhook_subscriptions')
    .selectAll()
    .where('id', '=', id)
    .$if(scope.owner !== undefined, (qb) => qb.where('owner', '=', scope.owner ?? ''))
    .executeTakeFirst()
  // Another editor's subscription answers as unknown: its existence is not theirs to learn.
  if (!row) throw new NotFound('subscription', id)
  return row
}

export const listSubscriptions = async (
  db: Kysely<Database>,
  scope: SubscriptionScope,
): Promise<Subscription[]> => {
  const rows = await db
    .selectFrom('webhook_subscriptions')
    .selectAll()
    .$if(scope.owner !== undefined, (qb) => qb.where('owner', '=', scope.owner ?? ''))
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute()
  const health = await healthOf(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((r) => toSubscription(r, health.get(r.id)))
}

/** The columns a patch changes; resuming also clears why it was disabled. */
export const patchColumns = (
  patch: SubscriptionPatch,
  at: string,
): Partial<Selectable<WebhookSubscriptionsTable>> => ({
  updated_at: at,
  ...(patch.url === undefined ? {} : { url: patch.url }),
  ...(patch.filter === undefined ? {} : { filter: JSON.stringify(patch.filter) }),
  ...(patch.events === undefined ? {} : { events: JSON.stringify(patch.events) }),
  ...(patch.description === undefined ? {} : { description: patch.description }),
  ...(patch.status === undefined
    ? {}
    : { status: patch.status, disabled_reason: null, last_error: null }),
})
