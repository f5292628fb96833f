import type { Migration } from 'kysely'
import { createRecords } from './0001-records.ts'
import { createSearch } from './0002-search.ts'
import { addCasualties } from './0003-casualties.ts'
import { addPlaceIndex } from './0005-place-index.ts'
import { createApiKeys } from './0006-api-keys.ts'
import { addChangeFeed } from './0007-change-feed.ts'
import { addStatsColumns } from './0008-stats-columns.ts'
import { addCasualtyIndex } from './0009-casualty-index.ts'
import { addRecordSources } from './0010-record-sources.ts'
import { addStatementColumns } from './0011-statement-columns.ts'
import { addPlaceTolls } from './0012-place-tolls.ts'
import { addActorOrigin } from './0013-actor-origin.ts'
import { addSourceIdentity } from './0014-source-identity.ts'
import { addStatsCovering } from './0015-stats-covering.ts'
import { addRecordDisputes } from './0016-record-disputes.ts'
import { addStatsRollups } from './0017-stats-rollups.ts'
import { addRecordFacets } from './0018-record-facets.ts'
import { addDisputeRollups } from './0019-dispute-rollups.ts'
import { addRecordLocations } from './0020-record-locations.ts'
import { addMapMonths } from './0021-map-months.ts'
import { addSourcePublishedOn } from './0022-source-published-on.ts'
import { addWebhookOutbox } from './0023-webhook-outbox.ts'
import { addWebhookSubscriptions } from './0024-webhook-subscriptions.ts'
import { addFacetDays } from './0025-facet-days.ts'
import { rekeySearchByDate } from './0026-search-by-date.ts'
import { addStatsGroupIndexes } from './0027-stats-group-indexes.ts'
import { addAidDonorBuckets } from './0028-aid-donor-buckets.ts'
import type { SqlFamily } from './sql-family.ts'

/**
 * A static list rather than a folder read at run time, so migrations run inside a Worker too.
 * Names sort in order; a migration, once released, is never edited (forward-only). Each changes
 * the schema with the SQL of its day; filling columns from records by today's rules is a derive
 * step (`src/derive/`), run after migrating.
 *
 * There is no 0004: the number was skipped when 0005 was written (f99b3bc followed 0003's
 * 581bccc directly) and no release ever had one. The gap stays: Kysely's Migrator refuses a
 * migration that sorts before one already run, so a new 0004 would fail on every database past
 * 0005, and renaming 0005 onwards would make them run twice.
 */
export const migrationsFor = (family: SqlFamily): Record<string, Migration> => ({
  '0001-records': createRecords(family),
  '0002-search': createSearch(family),
  '0003-casualties': addCasualties,
  '0005-place-index': addPlaceIndex(family),
  '0006-api-keys': createApiKeys,
  '0007-change-feed': addChangeFeed(family),
  '0008-stats-columns': addStatsColumns(family),
  '0009-casualty-index': addCasualtyIndex,
  '0010-record-sources': addRecordSources(family),
  '0011-statement-columns': addStatementColumns,
  '0012-place-tolls': addPlaceTolls,
  '0013-actor-origin': addActorOrigin,
  '0014-source-identity': addSourceIdentity(family),
  '0015-stats-covering': addStatsCovering,
  '0016-record-disputes': addRecordDisputes,
  '0017-stats-rollups': addStatsRollups(family),
  '0018-record-facets': addRecordFacets,
  '0019-dispute-rollups': addDisputeRollups(family),
  '0020-record-locations': addRecordLocations(family),
  '0021-map-months': addMapMonths,
  '0022-source-published-on': addSourcePublishedOn,
  '0023-webhook-outbox': addWebhookOutbox(family),
  '0024-webhook-subscriptions': addWebhookSubscriptions(family),
  '0025-facet-days': addFacetDays(family),
  '0026-search-by-date': rekeySearchByDate(family),
  '0027-stats-group-indexes': addStatsGroupIndexes,
  '0028-aid-donor-buckets': addAidDonorBuckets(family),
})

export type { SqlFamily } from './sql-family.ts'
