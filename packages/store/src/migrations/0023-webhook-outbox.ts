// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import type { Kysely, Migration } from 'kysely'
import { sql } from 'kysely'
import type { SqlFamily } from './sql-family.ts'

/**
 * The webhook outbox: one row per write, for the delivery worker to fan out to subscriptions.
 * A trigger on `revisions` inserts it, so every path that writes a revision (one record, an
 * ingest, a dataset batch, SQLite's prepared bulk writer, D1's batch) enqueues its event in the
 * same transaction without knowing of webhooks. `seq` never reuses a number (AUTOINCREMENT,
 * identity), since the worker deletes rows once fanned out and orders deliveries by it.
 */
export const addWebhookOutbox = (family: SqlFamily): Migration => ({
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('webhook_outbox')
      .addColumn('seq', family === 'postgres' ? 'bigint' : 'integer', (c) =>
        family === 'postgres'
          ? c.primaryKey().generatedAlwaysAsIdentity()
          : c.primaryKey().autoIncrement(),
      )
      .addColumn('record_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('operation', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute()
    if (family === 'postgres') {
      await sql`create function sitrep_webhook_enqueue() returns trigger language plpgsql as $$
        begin
          insert into webhook_outbox (record_id, version, operation, at)
            values (new.record_id, new.version, new.operation, new.at);
          return null;
        end $$`.execute(db)
      await sql`create trigger revisions_webhook_outbox after insert on revisions
        for each row execute function sitrep_webhook_enqueue()`.execute(db)
    } else {
      await sql`create trigger revisions_webhook_outbox after insert on revisions begin
        insert into webhook_outbox (record_id, version, operation, at)
          values (new.record_id, new.version, new.operation, new.at);
      end`.execute(db)
    }
  },
})
