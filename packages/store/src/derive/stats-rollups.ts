import { SitrepRecord } from '@sitrep/domain'
import { chunk } from '../chunk.ts'
import { airWarRows } from '../mappers.ts'
import { insertMany } from '../queries/insert-many.ts'
import {
  CONTRIBUTION_COLUMNS,
  type Contribution,
  ROLLUP_TABLES,
  RollupChanges,
} from '../rollups/contribution.ts'
import { applyRollupChanges, regionIds } from '../rollups/write-rollups.ts'
import type { DeriveStep } from './derive-step.ts'
import { placeTollsStep } from './place-tolls.ts'
import { forEachSeqWindow } from './seq-windows.ts'
import { statementColumnsStep } from './statement-columns.ts'
import { statsColumnsStep } from './stats-columns.ts'

// Regions per statement: D1 binds at most 100 parameters.
const REGIONS_PER_QUERY = 90

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const list = groups.get(key(item))
    if (list) list.push(item)
    else groups.set(key(item), [item])
  }
  return groups
}

/** Launch counts are claims of these facts; an attack without them writes no air war rows. */
const COUNTS_LAUNCHES = /"fact":"(?:launched|intercepted)"/

/**
 * The stats rollups (0017) summed again from every record: emptied, then each window of records
 * added. They sum columns other steps write, so the version carries those steps' versions: when
 * one of them changes its rules, the rollups are summed again after it. Interrupted, the step
 * starts over from empty at the next open (its version is recorded only at the end).
 */
export const statsRollupsStep: DeriveStep = {
  name: 'stats_rollups',
  version: ['1', statsColumnsStep, statementColumnsStep, placeTollsStep]
    .map((s) => (typeof s === 'string' ? s : `${s.name}@${s.version}`))
    .join('+'),
  run: async (db, context) => {
    await context.transact(async (trx) => {
      for (const table of ROLLUP_TABLES) await trx.deleteFrom(table).execute()
      await trx.deleteFrom('record_air_war').execute()
    })
    await forEachSeqWindow(db, context, async (trx, after, through) => {
      const rows = await trx
        .selectFrom('records')
        .select([...CONTRIBUTION_COLUMNS, 'records.doc', 'records.deleted_at'])
        .where('records.seq', '>', after)
        .where('records.seq', '<=', through)
        .execute()
      const airWar = rows.flatMap((r) =>
        r.kind === 'attack' && COUNTS_LAUNCHES.test(r.doc)
          ? airWarRows(SitrepRecord.parse(JSON.parse(r.doc)))
          : [],
      )
      await insertMany(trx, 'record_air_war', airWar)
      const places = []
      for (const regions of chunk([...(await regionIds(trx))], REGIONS_PER_QUERY))
        places.push(
          ...(await trx
            .selectFrom('record_places')
            .innerJoin('records', 'records.id', 'record_places.record_id')
            .select([
              'record_places.record_id',
              'record_places.place_id',
              'record_places.killed_low',
              'record_places.injured_low',
            ])
            .where('records.seq', '>', after)
            .where('records.seq', '<=', through)
            .where('records.kind', '=', 'attack')
            .where('record_places.place_id', 'in', regions)
            .execute()),
        )
      const disputes = await trx
        .selectFrom('record_disputes')
        .innerJoin('records', 'records.id', 'record_disputes.record_id')
        .select(['record_disputes.record_id', 'record_disputes.fact'])
        .where('records.seq', '>', after)
        .where('records.seq', '<=', through)
        .execute()
      const regionsOf = groupBy(places, (p) => p.record_id)
      const airWarOf = groupBy(airWar, (a) => a.record_id)
      const disputesOf = groupBy(disputes, (d) => d.record_id)
      const changes = new RollupChanges()
      for (const { id, doc: _doc, deleted_at, ...record } of rows) {
        if (deleted_at !== null) continue
        const contribution: Contribution = {
          record,
          regions: regionsOf.get(id) ?? [],
          airWar: airWarOf.get(id) ?? [],
          disputes: disputesOf.get(id) ?? [],
        }
        changes.add(contribution, 1)
      }
      await applyRollupChanges(trx, changes)
    })
  },
}
