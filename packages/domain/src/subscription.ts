import { z } from 'zod'
import { RecordFilter } from './filters.ts'
import { RecordId } from './ids.ts'
import { IsoDateTime } from './iso-date.ts'
import { RecordKind } from './record.ts'

/**
 * What a subscriber hears of: a record created, updated, deleted, or one of its facts newly
 * disputed (its sources came to disagree on it). One write can be both an update and a dispute.
 */
export const SubscriptionEvent = z.enum([
  'record.created',
  'record.updated',
  'record.deleted',
  'record.disputed',
])
export type SubscriptionEvent = z.infer<typeof SubscriptionEvent>

// The list filters minus full-text search and sorting, which mean nothing for one record's write.
const { q: _q, sort: _sort, from: _from, to: _to, ...matchable } = RecordFilter.shape
/** Which records' writes a subscription hears of: the list filters, as `/v1/records` reads them. */
export const SubscriptionFilter = z.strictObject(matchable)
export type SubscriptionFilter = z.infer<typeof SubscriptionFilter>

export const SubscriptionId = z.string().regex(/^sub_[a-z0-9]{16,32}$/)
export const DeliveryId = z.string().regex(/^msg_[a-z0-9]{16,40}$/)

/** active: delivering; paused: an editor stopped it; disabled: deliveries failed for 24 hours. */
export const SubscriptionStatus = z.enum(['active', 'paused', 'disabled'])
export type SubscriptionStatus = z.infer<typeof SubscriptionStatus>

export const WebhookUrl = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .describe(
    'Where deliveries are POSTed: https and a public host unless the server allows private targets',
  )

export const NewSubscription = z.strictObject({
  url: WebhookUrl,
  filter: SubscriptionFilter.default({}),
  events: z
    .array(SubscriptionEvent)
    .min(1)
    .max(4)
    .default([...SubscriptionEvent.options]),
  description: z.string().trim().min(1).max(500).optional(),
})
export type NewSubscription = z.infer<typeof NewSubscription>

/** Pause (`status: 'paused'`), resume (`'active'`, also after a disable), or change what it hears. */
export const SubscriptionPatch = z
  .strictObject({
    status: z.enum(['active', 'paused']),
    url: WebhookUrl,
    filter: SubscriptionFilter,
    events: z.array(SubscriptionEvent).min(1).max(4),
    description: z.string().trim().min(1).max(500).nullable(),
  })
  .partial()
export type SubscriptionPatch = z.infer<typeof SubscriptionPatch>

/** How its deliveries fare, for an editor's overview. */
export const DeliveryHealth = z.object({
  pending: z.number().int().nonnegative(),
  delivered: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  lastDeliveredAt: IsoDateTime.optional(),
  lastError: z.string().optional(),
})
export type DeliveryHealth = z.infer<typeof DeliveryHealth>

/** A subscription as the API serves it: never its secret, which is shown once, at creation. */
export const Subscription = z.object({
  id: SubscriptionId,
  url: WebhookUrl,
  filter: SubscriptionFilter,
  events: z.array(SubscriptionEvent),
  description: z.string().optional(),
  status: SubscriptionStatus,
  disabledReason: z.string().optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  health: DeliveryHealth,
})
export type Subscription = z.infer<typeof Subscription>

/** The Standard Webhooks secret: `whsec_` and base64 of 32 random bytes. */
export const WebhookSecret = z.string().regex(/^whsec_[A-Za-z0-9+/]{43}=$/)
export const CreatedSubscription = Subscription.extend({ secret: WebhookSecret })
export type CreatedSubscription = z.infer<typeof CreatedSubscription>

export const DeliveryAttempt = z.object({
  attempt: z.number().int().min(1),
  at: IsoDateTime,
  /** The receiver's HTTP status; absent when no answer came (refused, timed out, unsafe target). */
  statusCode: z.number().int().optional(),
  error: z.string().optional(),
  latencyMs: z.number().int().nonnegative(),
  /** The first 4 kB of what the receiver answered. */
  responseExcerpt: z.string().optional(),
})
export type DeliveryAttempt = z.infer<typeof DeliveryAttempt>

export const DeliveryStatus = z.enum(['pending', 'delivered', 'failed'])
export type DeliveryStatus = z.infer<typeof DeliveryStatus>

/** One event for one subscription; its id is the `webhook-id` header, the same on every retry. */
export const Delivery = z.object({
  id: DeliveryId,
  subscriptionId: SubscriptionId,
  event: SubscriptionEvent,
  recordId: RecordId,
  version: z.number().int().min(1),
  status: DeliveryStatus,
  createdAt: IsoDateTime,
  nextAttemptAt: IsoDateTime.optional(),
  attempts: z.array(DeliveryAttempt),
})
export type Delivery = z.infer<typeof Delivery>

/**
 * A delivery's body. `record` is the record as `GET /v1/records/{id}` serves it at that version
 * (for a deletion, the tombstoned record as it last stood).
 */
export const WebhookPayload = z.object({
  type: SubscriptionEvent,
  timestamp: IsoDateTime,
  data: z.object({
    recordId: RecordId,
    kind: RecordKind,
    version: z.number().int().min(1),
    record: z.unknown(),
  }),
})
export type WebhookPayload = z.infer<typeof WebhookPayload>

/** What `POST /v1/subscriptions/{id}/test` sends: a signed ping, about no record. */
export const WebhookTestPayload = z.object({
  type: z.literal('webhook.test'),
  timestamp: IsoDateTime,
  data: z.object({ subscriptionId: SubscriptionId }),
})
export type WebhookTestPayload = z.infer<typeof WebhookTestPayload>
