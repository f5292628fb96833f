// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import { type Kysely, type Migration, sql } from 'kysely'
import type { SqlFamily } from './sql-family.ts'

/**
 * A source's identity was the hash of its exact text: one changed character, a trailing newline
 * or a `?utm_source=` made a new source, and its facts were counted twice. Sources now carry
 * three keys, each indexed: the canonical URL, a hash of the normalised text, and a MinHash
 * signature whose LSH band keys live in `source_bands`, so a near-duplicate is found by an
 * index lookup per band. The columns are filled by the `source_identity` derive step
 * (`src/derive/`), not here: a migration must not run today's rules.
 */
export const addSourceIdentity = (family: SqlFamily): Migration => ({
  async up(db: Kysely<any>) {
    await db.schema.alterTable('sources').addColumn('canonical_url', 'text').execute()
    await db.schema.alterTable('sources').addColumn('text_fingerprint', 'text').execute()
    await db.schema.alterTable('sources').addColumn('text_minhash', 'text').execute()
    await db.schema
      .createIndex('sources_by_canonical_url')
      .on('sources')
      .column('canonical_url')
      .execute()
    await db.schema
      .createIndex('sources_by_text_fingerprint')
      .on('sources')
      .column('text_fingerprint')
      .execute()
    if (family === 'sqlite') {
      await sql`create table source_bands (
        source_id text not null references sources (id),
        band_key text not null,
        primary key (source_id, band_key)
      ) without rowid`.execute(db)
    } else {
      await db.schema
        .createTable('source_bands')
        .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
        .addColumn('band_key', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('source_bands_pk', ['source_id', 'band_key'])
        .execute()
    }
    // A lookup asks which sources share any of a text's band keys.
    await db.schema
      .createIndex('source_bands_by_key')
      .on('source_bands')
      .columns(['band_key', 'source_id'])
      .execute()
  },
})
