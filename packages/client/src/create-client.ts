import type {
  Actor,
  FactView,
  Place,
  RecordId,
  RecordKind,
  RecordMeta,
  RecordOfKind,
  Revision,
  Source,
  SourceId,
  StoredRecord,
} from '@sitrep/domain'
import { type ClientResponse, parseResponse } from 'hono/client'
import { type KindListQuery, type ListQuery, toQueryParams } from './query-string.ts'
import { apiErrorFrom } from './sitrep-api-error.ts'
import { hcWithType } from './typed-hc.ts'

export interface ClientOptions {
  /** Where the API answers, e.g. `http://localhost:8787`. */
  readonly baseUrl: string
  /** Sent as `Authorization: Bearer …`; reads need none unless the API is set to require one. */
  readonly apiKey?: string
  /** Any fetch: the runtime's, a test's `app.request`, a Worker's service binding. */
  readonly fetch?: typeof fetch
}

/** One page of a list; `nextCursor` is absent on the last page. */
export interface Page<T> {
  items: T[]
  nextCursor?: string
}

export type StoredOfKind<K extends RecordKind> = { record: RecordOfKind<K>; meta: RecordMeta }

/**
 * The body of a successful answer, typed from the route; an error status becomes a thrown
 * `SitrepApiError` carrying the problem document, rather than Hono's untyped `DetailedError`.
 */
const ok = async <R extends ClientResponse<unknown>>(pending: Promise<R>) => {
  const response = await pending
  if (!response.ok) throw await apiErrorFrom(response)
  return parseResponse(response)
}

/**
 * A client for sitrep's read API. The methods return the domain's types; `hc` is the typed Hono
 * client underneath, for routes the methods do not cover yet.
 */
export const createClient = ({ baseUrl, apiKey, fetch: fetchImpl }: ClientOptions) => {
  const hc = hcWithType(baseUrl, {
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
    ...(apiKey ? { headers: { authorization: `Bearer ${apiKey}` } } : {}),
  })
  const { v1 } = hc
  return {
    hc,
    talks: {
      list: (query: KindListQuery = {}): Promise<Page<StoredOfKind<'talk'>>> =>
        ok(v1.talks.$get({ query: toQueryParams(query) })),
      get: (id: RecordId): Promise<StoredOfKind<'talk'>> =>
        ok(v1.talks[':id'].$get({ param: { id } })),
    },
    aid: {
      list: (query: KindListQuery = {}): Promise<Page<StoredOfKind<'aid'>>> =>
        ok(v1.aid.$get({ query: toQueryParams(query) })),
      get: (id: RecordId): Promise<StoredOfKind<'aid'>> =>
        ok(v1.aid[':id'].$get({ param: { id } })),
    },
    attacks: {
      list: (query: KindListQuery = {}): Promise<Page<StoredOfKind<'attack'>>> =>
        ok(v1.attacks.$get({ query: toQueryParams(query) })),
      get: (id: RecordId): Promise<StoredOfKind<'attack'>> =>
        ok(v1.attacks[':id'].$get({ param: { id } })),
    },
    statements: {
      list: (query: KindListQuery = {}): Promise<Page<StoredOfKind<'statement'>>> =>
        ok(v1.statements.$get({ query: toQueryParams(query) })),
      get: (id: RecordId): Promise<StoredOfKind<'statement'>> =>
        ok(v1.statements[':id'].$get({ param: { id } })),
    },
    events: {
      /** All kinds on one timeline, in date order. */
      list: (query: ListQuery = {}): Promise<Page<StoredRecord>> =>
        ok(v1.events.$get({ query: toQueryParams(query) })),
    },
    /** Ranked full-text search, best match first. */
    search: (q: string, query: Omit<ListQuery, 'q'> = {}): Promise<Page<StoredRecord>> =>
      ok(v1.search.$get({ query: { ...toQueryParams(query), q } })),
    /** Every contested fact, its positions side by side with their claims. */
    disputes: (query: ListQuery = {}): Promise<Page<FactView>> =>
      ok(v1.disputes.$get({ query: toQueryParams(query) })),
    /** Every revision of a record, oldest first. */
    history: (id: RecordId): Promise<{ items: Revision[] }> =>
      ok(v1.records[':id'].history.$get({ param: { id } })),
    actors: (): Promise<{ items: Actor[] }> => ok(v1.actors.$get()),
    places: (): Promise<{ items: Place[] }> => ok(v1.places.$get()),
    sources: {
      list: (): Promise<{ items: Source[] }> => ok(v1.sources.$get()),
      get: (id: SourceId): Promise<Source> => ok(v1.sources[':id'].$get({ param: { id } })),
    },
  }
}

export type SitrepClient = ReturnType<typeof createClient>
