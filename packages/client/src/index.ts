export type { CreatedApiKey } from './api-keys.ts'
export type { ChangeStreamState, WatchChanges } from './change-stream.ts'
export { type ClientOptions, createClient, type SitrepClient } from './create-client.ts'
export type { ExportFormat, ExportQuery } from './export-records.ts'
export type { DatasetFile, DatasetFormat, DatasetImportSummary } from './import-dataset.ts'
export type { ImportFormat, ImportSummary } from './import-records.ts'
export type { KindClient, StoredOfKind } from './kind-clients.ts'
export type { DisputesPage, Page } from './page.ts'
export { paginate } from './paginate.ts'
export type { KindListQuery, ListQuery, RecordsListQuery } from './query-string.ts'
export type { BasedOn, KindOption, RecordsClient, SplitSelection } from './records.ts'
export { apiErrorFrom, SitrepApiError } from './sitrep-api-error.ts'
export type { StatsQuery } from './stats.ts'
export type { SubscriptionInput } from './subscriptions.ts'
export type { SitrepHc } from './typed-hc.ts'
export {
  type VerifiedWebhook,
  verifyWebhook,
  WebhookVerificationError,
} from './verify-webhook.ts'
