import {
  computeDisputes,
  SitrepRecord,
  SubscriptionEvent,
  SubscriptionFilter,
} from '@sitrep/domain'
import type { Insertable, Kysely, Selectable } from 'kysely'
import { z } from 'zod'
import { chunk } from '../chunk.ts'
import type { Database } from '../database.ts'
import { rowsPerStatement } from '../parameter-budget.ts'
import { recordFilterWhere } from '../queries/record-filter.ts'
import type { WebhookDeliveriesTable, WebhookOutboxTable } from '../tables/webhooks.table.ts'
import { newDeliveryId } from './delivery-id.ts'

type OutboxRow = Selectable<WebhookOutboxTable>

const Events = z.array(SubscriptionEvent)
const operationEvent = {
  create: 'record.created',
  update: 'record.updated',
  delete: 'record.deleted',
} as const

/**
 * Where a delivery sits in its subscription's queue: the write's outbox seq, then the event, so
 * an update that also raised a dispute is announced as an update first.
 */
export const positionOf = (seq: number, event: SubscriptionEvent): number =>
  seq * 4 + SubscriptionEvent.options.indexOf(event)

const disputeKeys = (doc: string | undefined): Set<string> => {
  if (doc === undefined) return new Set()
  const record = SitrepRecord.parse(JSON.parse(doc))
  return new Set(computeDisputes(record).map((f) => `${f.fact}\u0000${f.key}`))
}

/** Awaited between a plan's reads; see `planFanOut`. */
export type BetweenReads = () => Promise<void>

const noPause: BetweenReads = async () => {}

/** The outbox rows whose write made a fact disputed that was not before (a create counts). */
const newlyDisputed = async (
  db: Kysely<Database>,
  rows: readonly OutboxRow[],
  betweenReads: BetweenReads,
) => {
  const raised = new Set<number>()
  for (const row of rows) {
    if (row.operation === 'delete') continue
    await betweenReads()
    const docs = await db
      .selectFrom('revisions')
      .select(['version', 'doc'])
      .where('record_id', '=', row.record_id)
      .where('version', 'in', [row.version, row.version - 1])
      .execute()
    const now = disputeKeys(docs.find((d) => d.version === row.version)?.doc)
    const before = disputeKeys(docs.find((d) => d.version === row.version - 1)?.doc)
    if ([...now].some((key) => !before.has(key))) raised.add(Number(row.seq))
  }
  return raised
}

/** Which of `ids` the filter matches, as the records list reads it (tombstones included). */
const matchingIds = async (
  db: Kysely<Database>,
  ids: readonly string[],
  filter: SubscriptionFilter,
): Promise<Set<string>> => {
  const matched = new Set<string>()
  // Room left in D1's 100-parameter budget for the filter's own values.
  for (const part of chunk(ids, Math.max(1, rowsPerStatement(db, 1) - 30))) {
    const rows = await db
      .selectFrom('records')
      .select('records.id')
      .where('records.id', 'in', part)
      .where(recordFilterWhere(filter, { tombstones: true }))
      .execute()
    for (const row of rows) matched.add(row.id)
  }
  return matched
}

/** What a fan-out writes: the deliveries, and the outbox rows they came from. */
export interface FanOutPlan {
  deliveries: Insertable<WebhookDeliveriesTable>[]
  seqs: number[]
}

/**
 * Reads up to `limit` outbox rows and works out their deliveries for every active subscription
 * whose filter and events match: reads only, so on SQLite they run before the write lock is
 * taken (a hundred subscriptions' filter queries held it for most of a fan-out). `betweenReads`
 * is awaited before each subscription's filter query and each dispute check: on better-sqlite3
 * every read runs on the caller's thread, and a plan of 500 events for 100 subscriptions read
 * without a pause kept the event loop (and the API's requests on it) waiting for all of them.
 */
export const planFanOut = async (
  db: Kysely<Database>,
  now: string,
  limit: number,
  betweenReads: BetweenReads = noPause,
): Promise<FanOutPlan> => {
  const rows = await db
    .selectFrom('webhook_outbox')
    .selectAll()
    .orderBy('seq')
    .limit(limit)
    .execute()
  if (rows.length === 0) return { deliveries: [], seqs: [] }
  const subscriptions = await db
    .selectFrom('webhook_subscriptions')
    .select(['id', 'filter', 'events', 'after_seq'])
    .where('status', '=', 'active')
    .execute()
  const wanted = subscriptions.map((s) => ({
    id: s.id,
    afterSeq: Number(s.after_seq),
    filter: SubscriptionFilter.parse(JSON.parse(s.filter)),
    events: new Set(Events.parse(JSON.parse(s.events))),
  }))
  const disputed = wanted.some((s) => s.events.has('record.disputed'))
    ? await newlyDisputed(db, rows, betweenReads)
    : new Set<number>()
  const ids = [...new Set(rows.map((r) => r.record_id))]
  const deliveries: Insertable<WebhookDeliveriesTable>[] = []
  for (const subscription of wanted) {
    await betweenReads()
    const matching = await matchingIds(db, ids, subscription.filter)
    for (const row of rows) {
      const seq = Number(row.seq)
      if (seq <= subscription.afterSeq || !matching.has(row.record_id)) continue
      const events: SubscriptionEvent[] = [operationEvent[row.operation]]
      if (disputed.has(seq)) events.push('record.disputed')
      for (const event of events.filter((e) => subscription.events.has(e)))
        deliveries.push({
          id: newDeliveryId(),
          subscription_id: subscription.id,
          position: positionOf(seq, event),
          event,
          record_id: row.record_id,
          version: row.version,
          status: 'pending',
          attempts: 0,
          next_attempt_at: now,
          created_at: now,
          delivered_at: null,
        })
    }
  }
  return { deliveries, seqs: rows.map((r) => Number(r.seq)) }
}

/** Inserts deliveries for the subscriptions still active (one may be paused or gone since). */
export const insertDeliveries = async (
  db: Kysely<Database>,
  planned: readonly Insertable<WebhookDeliveriesTable>[],
): Promise<void> => {
  if (planned.length === 0) return
  const active = new Set(
    (
      await db
        .selectFrom('webhook_subscriptions')
        .select('id')
        .where('status', '=', 'active')
        .execute()
    ).map((s) => s.id),
  )
  const deliveries = planned.filter((d) => active.has(d.subscription_id))
  for (const part of chunk(deliveries, rowsPerStatement(db, 11))) {
    await db
      .insertInto('webhook_deliveries')
      .values(part)
      // Fanning out the same rows twice (two workers, or again after a crash) adds nothing: a
      // delivery's queue position is unique per subscription.
      .onConflict((oc) => oc.columns(['subscription_id', 'position']).doNothing())
      .execute()
  }
}

/** Removes fanned-out rows from the outbox. */
export const removeFromOutbox = async (
  db: Kysely<Database>,
  seqs: readonly number[],
): Promise<number> => {
  for (const part of chunk(seqs, rowsPerStatement(db, 1)))
    await db.deleteFrom('webhook_outbox').where('seq', 'in', part).execute()
  return seqs.length
}
