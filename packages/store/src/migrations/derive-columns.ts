// biome-ignore-all lint/suspicious/noExplicitAny: migrations are frozen and must not import today's Database type (Kysely's convention)
import { type RecordKind, SitrepRecord } from '@sitrep/domain'
import type { Kysely } from 'kysely'

/**
 * Fills columns a migration has just added, for the records of `kinds` stored before it, from
 * their JSON by today's rules. Batched by seq so a large store is never read into memory at once.
 */
export const deriveColumns = async (
  db: Kysely<any>,
  kinds: readonly RecordKind[],
  derive: (record: SitrepRecord) => Record<string, string | number | null>,
): Promise<void> => {
  let after = -1
  for (;;) {
    const rows: { seq: number; id: string; doc: string }[] = await db
      .selectFrom('records')
      .select(['seq', 'id', 'doc'])
      .where('kind', 'in', kinds)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(500)
      .execute()
    if (rows.length === 0) return
    for (const row of rows) {
      await db
        .updateTable('records')
        .set(derive(SitrepRecord.parse(JSON.parse(row.doc))))
        .where('id', '=', row.id)
        .execute()
      after = row.seq
    }
  }
}
