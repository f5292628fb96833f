export { type CreatedApiKey, keysApi } from './api-keys.ts'
export { type ChangeStreamState, type WatchChanges, watchChanges } from './change-stream.ts'
export {
  type ClientOptions,
  createClient,
  type Page,
  type SitrepClient,
  type StoredOfKind,
} from './create-client.ts'
export { type ExportFormat, type ExportQuery, exportRecords } from './export-records.ts'
export { type ImportFormat, type ImportSummary, importRecords } from './import-records.ts'
export { proposeIngest, publishIngest } from './ingest.ts'
export { paginate } from './paginate.ts'
export type { KindListQuery, ListQuery } from './query-string.ts'
export { send } from './send.ts'
export { apiErrorFrom, SitrepApiError } from './sitrep-api-error.ts'
export type { SitrepHc } from './typed-hc.ts'
