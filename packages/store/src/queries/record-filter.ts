import type { RecordFilter } from '@sitrep/domain'
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely'
import type { Database } from '../database.ts'

/** A lower bound for the sort-date index that a `from` filter implies (see dateWindow). */
export interface DateWindow {
  earliestStart?: string
  /** Match tombstones too: a webhook for a deletion is matched against the record it removed. */
  tombstones?: boolean
}

/**
 * The domain's RecordFilter as one WHERE condition on `records`, shared by list and search.
 * The date window uses `sort_date` (the hull's start) so the (kind, sort_date) index serves it;
 * undated rows carry a far-future sort_date and so never pass a `to` bound.
 */
export const recordFilterWhere =
  (filter: RecordFilter, window: DateWindow = {}) =>
  (eb: ExpressionBuilder<Database, 'records'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = window.tombstones
      ? []
      : [eb('records.deleted_at', 'is', null)]
    if (filter.kind?.length) conditions.push(eb('records.kind', 'in', filter.kind))
    if (filter.from) conditions.push(eb('records.date_end', '>=', filter.from))
    if (window.earliestStart) conditions.push(eb('records.sort_date', '>=', window.earliestStart))
    if (filter.to) conditions.push(eb('records.sort_date', '<=', filter.to))
    if (filter.status) conditions.push(eb('records.status', '=', filter.status))
    if (filter.stage) conditions.push(eb('records.stage', '=', filter.stage))
    if (filter.category) conditions.push(eb('records.category', '=', filter.category))
    const { placeId, actorId, sourceId } = filter
    if (placeId) {
      // record_places holds the enclosing regions too, so a region is one equality; kind and
      // date repeated here keep the whole narrowing inside the (place, kind, date) index.
      const { kind } = filter
      conditions.push(
        eb(
          'records.id',
          'in',
          eb
            .selectFrom('record_places')
            .select('record_places.record_id')
            .where('record_places.place_id', '=', placeId)
            .$if(kind !== undefined && kind.length > 0, (qb) =>
              qb.where('record_places.kind', 'in', kind ?? []),
            )
            .$if(window.earliestStart !== undefined, (qb) =>
              qb.where('record_places.sort_date', '>=', window.earliestStart ?? ''),
            )
            .$if(filter.to !== undefined, (qb) =>
              qb.where('record_places.sort_date', '<=', filter.to ?? ''),
            ),
        ),
      )
    }
    if (actorId) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('record_actors')
            .select('record_actors.record_id')
            .whereRef('record_actors.record_id', '=', 'records.id')
            .where('record_actors.actor_id', '=', actorId),
        ),
      )
    }
    if (sourceId) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('record_sources')
            .select('record_sources.record_id')
            .whereRef('record_sources.record_id', '=', 'records.id')
            .where('record_sources.source_id', '=', sourceId),
        ),
      )
    }
    const faceted = { attacker: filter.attackerId, weapon: filter.weapon, dataset: filter.dataset }
    for (const [facet, value] of Object.entries(faceted)) {
      if (value === undefined) continue
      conditions.push(
        eb.exists(
          eb
            .selectFrom('record_facets')
            .select('record_facets.record_id')
            .whereRef('record_facets.record_id', '=', 'records.id')
            .where('record_facets.facet', '=', facet)
            .where('record_facets.value', '=', value),
        ),
      )
    }
    if (filter.disputed !== undefined) {
      const disputes = eb
        .selectFrom('record_disputes')
        .select('record_disputes.record_id')
        .whereRef('record_disputes.record_id', '=', 'records.id')
      conditions.push(filter.disputed ? eb.exists(disputes) : eb.not(eb.exists(disputes)))
    }
    return eb.and(conditions)
  }
