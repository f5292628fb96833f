import type { Generated } from 'kysely'

/** One write waiting to be fanned out (migration 0023; filled by a trigger on `revisions`). */
export interface WebhookOutboxTable {
  seq: Generated<number>
  record_id: string
  version: number
  operation: 'create' | 'update' | 'delete'
  at: string
}

export interface WebhookSubscriptionsTable {
  id: string
  /** The API key id that made it: an editor sees and changes only their own. */
  owner: string
  url: string
  description: string | null
  /** The SubscriptionFilter as JSON. */
  filter: string
  /** The SubscriptionEvent list as JSON. */
  events: string
  /** Sealed by the API; the store never sees the secret in the clear. */
  secret: string
  status: 'active' | 'paused' | 'disabled'
  disabled_reason: string | null
  last_error: string | null
  /** The newest outbox event when it was made: it hears of later writes only. */
  after_seq: number
  created_at: string
  updated_at: string
}

export interface WebhookDeliveriesTable {
  id: string
  subscription_id: string
  /** The outbox seq times four plus the event's index: the order deliveries are sent in. */
  position: number
  event: 'record.created' | 'record.updated' | 'record.deleted' | 'record.disputed'
  record_id: string
  version: number
  status: 'pending' | 'delivered' | 'failed'
  attempts: number
  next_attempt_at: string | null
  created_at: string
  delivered_at: string | null
}

export interface WebhookAttemptsTable {
  delivery_id: string
  attempt: number
  at: string
  status_code: number | null
  error: string | null
  latency_ms: number
  response_excerpt: string | null
}
