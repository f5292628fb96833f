import type { DeriveStep } from './derive-step.ts'

/**
 * The disputes rollup (0019) summed from the disputes index of the live records, for stores
 * written before the table existed; from then on every write keeps it (see rollups/). One
 * statement over the index: a few seconds at a million records, no record document read.
 */
export const disputeRollupsStep: DeriveStep = {
  name: 'dispute_rollups',
  version: '1',
  run: async (db, context) => {
    // A new database has nothing to sum, and says nothing, as the windowed steps do.
    const any = await db.selectFrom('record_disputes').select('record_id').limit(1).execute()
    if (any.length === 0) return
    await context.transact(async (trx) => {
      await trx.deleteFrom('stats_dispute_days').execute()
      await trx
        .insertInto('stats_dispute_days')
        .columns(['day', 'kind', 'fact', 'disputes'])
        .expression((eb) =>
          eb
            .selectFrom('record_disputes as d')
            .innerJoin('records as r', 'r.id', 'd.record_id')
            .where('r.deleted_at', 'is', null)
            .select((s) => ['r.sort_date', 'r.kind', 'd.fact', s.fn.countAll<number>().as('n')])
            .groupBy(['r.sort_date', 'r.kind', 'd.fact']),
        )
        .execute()
    })
    context.progress(1, 1)
  },
}
