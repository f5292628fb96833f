export {
  type ClientOptions,
  createClient,
  type Page,
  type SitrepClient,
  type StoredOfKind,
} from './create-client.ts'
export { paginate } from './paginate.ts'
export type { KindListQuery, ListQuery } from './query-string.ts'
export { apiErrorFrom, SitrepApiError } from './sitrep-api-error.ts'
export type { SitrepHc } from './typed-hc.ts'
