import type { ExpressionBuilder } from 'kysely'
import type { Database } from '../database.ts'

/**
 * An attack's casualty floor as a column to sum: the record's own, or under a place filter the
 * part of it known to lie inside that place (its `record_places` row), so that filtering on
 * Kharkiv oblast does not count the dead of Kyiv. A ceiling needs no such care: the whole toll's
 * ceiling bounds any part of it.
 */
export const floorInside = (
  eb: ExpressionBuilder<Database, 'records'>,
  fact: 'killed' | 'injured',
  placeId: string | undefined,
) => {
  if (!placeId) return eb.ref(fact === 'killed' ? 'records.killed_low' : 'records.injured_low')
  const inside = eb
    .selectFrom('record_places as inside')
    .whereRef('inside.record_id', '=', 'records.id')
    .where('inside.place_id', '=', placeId)
  return fact === 'killed'
    ? inside.select('inside.killed_low')
    : inside.select('inside.injured_low')
}
