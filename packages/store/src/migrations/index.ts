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
import type { SqlFamily } from './sql-family.ts'

/**
 * A static list rather than a folder read at run time, so migrations run inside a Worker too.
 * Names sort in order; a migration, once released, is never edited (forward-only).
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
})

export type { SqlFamily } from './sql-family.ts'
