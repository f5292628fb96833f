import type { Kysely } from 'kysely'
import type { Database } from '../database.ts'

/**
 * The per-region rollup summed again from `record_places`, after the gazetteer changed which
 * places are regions or what encloses what. One statement that finds the regions itself, so that
 * on D1, where the gazetteer's rewrite is still queued in the same batch, it reads the new one.
 * Places are stored as the store's own `JSON.stringify` of each, hence the exact text match.
 */
export const rebuildRegionRollups = async (db: Kysely<Database>): Promise<void> => {
  await db.deleteFrom('stats_attack_regions').execute()
  await db
    .insertInto('stats_attack_regions')
    .columns(['day', 'place_id', 'attacks', 'killed_low', 'injured_low'])
    .expression((eb) =>
      eb
        .selectFrom('records')
        .innerJoin('record_places', 'record_places.record_id', 'records.id')
        .where('records.kind', '=', 'attack')
        .where('records.deleted_at', 'is', null)
        .where('record_places.place_id', 'in', (sub) =>
          sub
            .selectFrom('places')
            .select('places.id')
            .where('places.doc', 'like', '%"kind":"region"%'),
        )
        .select((s) => [
          'records.sort_date',
          'record_places.place_id',
          s.fn.countAll<number>().as('attacks'),
          s.fn.coalesce(s.fn.sum<number>('record_places.killed_low'), s.lit(0)).as('killed_low'),
          s.fn.coalesce(s.fn.sum<number>('record_places.injured_low'), s.lit(0)).as('injured_low'),
        ])
        .groupBy(['records.sort_date', 'record_places.place_id']),
    )
    .execute()
}
