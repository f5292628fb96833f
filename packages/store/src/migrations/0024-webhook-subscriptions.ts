// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import type { Kysely, Migration } from 'kysely'
import type { SqlFamily } from './sql-family.ts'

/**
 * Subscriptions, their deliveries (one per event and subscription, sent in `position` order) and
 * each delivery's attempts. The signing secret is stored sealed by the API (AES-GCM), never in
 * the clear; the spec's symmetric scheme needs it back to sign, so it cannot be hashed.
 */
export const addWebhookSubscriptions = (family: SqlFamily): Migration => ({
  async up(db: Kysely<any>) {
    const big = family === 'postgres' ? 'bigint' : 'integer'
    await db.schema
      .createTable('webhook_subscriptions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('filter', 'text', (c) => c.notNull())
      .addColumn('events', 'text', (c) => c.notNull())
      .addColumn('secret', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('disabled_reason', 'text')
      .addColumn('last_error', 'text')
      // The newest outbox event when it was made: it hears of later writes only.
      .addColumn('after_seq', big, (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
    await db.schema
      .createIndex('webhook_subscriptions_by_owner')
      .on('webhook_subscriptions')
      .columns(['owner', 'created_at'])
      .execute()
    await db.schema
      .createTable('webhook_deliveries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('subscription_id', 'text', (c) => c.notNull())
      .addColumn('position', big, (c) => c.notNull())
      .addColumn('event', 'text', (c) => c.notNull())
      .addColumn('record_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_attempt_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('delivered_at', 'text')
      .execute()
    // A subscription's next deliveries in order; unique, so fanning out twice adds nothing.
    await db.schema
      .createIndex('webhook_deliveries_queue')
      .on('webhook_deliveries')
      .columns(['subscription_id', 'position'])
      .unique()
      .execute()
    await db.schema
      .createIndex('webhook_deliveries_pending')
      .on('webhook_deliveries')
      .columns(['subscription_id', 'status', 'position'])
      .execute()
    await db.schema
      .createTable('webhook_attempts')
      .addColumn('delivery_id', 'text', (c) => c.notNull())
      .addColumn('attempt', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('status_code', 'integer')
      .addColumn('error', 'text')
      .addColumn('latency_ms', 'integer', (c) => c.notNull())
      .addColumn('response_excerpt', 'text')
      .addPrimaryKeyConstraint('webhook_attempts_pk', ['delivery_id', 'attempt'])
      .execute()
  },
})
