import type { ActorsTable } from './tables/actors.table.ts'
import type { ApiKeysTable } from './tables/api-keys.table.ts'
import type { FacetDaysTable } from './tables/facet-days.table.ts'
import type { FacetMonthsTable } from './tables/facet-months.table.ts'
import type { MapMonthsTable } from './tables/map-months.table.ts'
import type { PlaceAncestorsTable } from './tables/place-ancestors.table.ts'
import type { PlacesTable } from './tables/places.table.ts'
import type { RecordActorsTable } from './tables/record-actors.table.ts'
import type { RecordAirWarTable } from './tables/record-air-war.table.ts'
import type { RecordDisputesTable } from './tables/record-disputes.table.ts'
import type { RecordFacetsTable } from './tables/record-facets.table.ts'
import type { RecordLocationsTable } from './tables/record-locations.table.ts'
import type { RecordPlacesTable } from './tables/record-places.table.ts'
import type { RecordSourcesTable } from './tables/record-sources.table.ts'
import type { RecordsTable } from './tables/records.table.ts'
import type { RevisionsTable } from './tables/revisions.table.ts'
import type { SourceBandsTable } from './tables/source-bands.table.ts'
import type { SourcesTable } from './tables/sources.table.ts'
import type {
  StatsAidDonorMonthsTable,
  StatsAidDonorsTable,
  StatsAidDonorWeeksTable,
  StatsAidTable,
  StatsAirWarTable,
  StatsAttackDaysTable,
  StatsAttackRegionsTable,
  StatsDisputeDaysTable,
  StatsStatementChannelsTable,
  StatsStatementSpeakersTable,
  StatsTalksTable,
} from './tables/stats-rollups.table.ts'
import type { StoreMetaTable } from './tables/store-meta.table.ts'
import type {
  WebhookAttemptsTable,
  WebhookDeliveriesTable,
  WebhookOutboxTable,
  WebhookSubscriptionsTable,
} from './tables/webhooks.table.ts'

/** The tables Kysely sees. The search index is per dialect and lives in `search/`. */
export interface Database {
  records: RecordsTable
  record_places: RecordPlacesTable
  record_actors: RecordActorsTable
  record_sources: RecordSourcesTable
  record_disputes: RecordDisputesTable
  record_facets: RecordFacetsTable
  record_air_war: RecordAirWarTable
  record_locations: RecordLocationsTable
  map_months: MapMonthsTable
  facet_days: FacetDaysTable
  facet_months: FacetMonthsTable
  revisions: RevisionsTable
  sources: SourcesTable
  source_bands: SourceBandsTable
  actors: ActorsTable
  places: PlacesTable
  place_ancestors: PlaceAncestorsTable
  store_meta: StoreMetaTable
  api_keys: ApiKeysTable
  stats_attack_days: StatsAttackDaysTable
  stats_attack_regions: StatsAttackRegionsTable
  stats_air_war: StatsAirWarTable
  stats_aid: StatsAidTable
  stats_aid_donors: StatsAidDonorsTable
  stats_aid_donor_weeks: StatsAidDonorWeeksTable
  stats_aid_donor_months: StatsAidDonorMonthsTable
  stats_talks: StatsTalksTable
  stats_statement_speakers: StatsStatementSpeakersTable
  stats_statement_channels: StatsStatementChannelsTable
  stats_dispute_days: StatsDisputeDaysTable
  webhook_outbox: WebhookOutboxTable
  webhook_subscriptions: WebhookSubscriptionsTable
  webhook_deliveries: WebhookDeliveriesTable
  webhook_attempts: WebhookAttemptsTable
}
