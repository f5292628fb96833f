export { type CreatedApiKey, keysApi } from './api-keys.ts'
export { type ChangeStreamState, type WatchChanges, watchChanges } from './change-stream.ts'
export { type ClientOptions, createClient, type SitrepClient } from './create-client.ts'
export { type ExportFormat, type ExportQuery, exportRecords } from './export-records.ts'
export {
  type DatasetFile,
  type DatasetFormat,
  type DatasetImportSummary,
  importDataset,
} from './import-dataset.ts'
export { type ImportFormat, type ImportSummary, importRecords } from './import-records.ts'
export { proposeIngest, publishIngest } from './ingest.ts'
export type { KindClient, StoredOfKind } from './kind-routes.ts'
export type { Page } from './page.ts'
export { paginate } from './paginate.ts'
export type { KindListQuery, ListQuery } from './query-string.ts'
export { send } from './send.ts'
export { apiErrorFrom, SitrepApiError } from './sitrep-api-error.ts'
export { fetchStats, type StatsQuery } from './stats.ts'
export type { SitrepHc } from './typed-hc.ts'
