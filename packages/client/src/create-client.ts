import type {
  Actor,
  FactView,
  Place,
  RecordId,
  Revision,
  Source,
  SourceId,
  StoredRecord,
} from '@sitrep/domain'
import { aidClient, attacksClient, statementsClient, talksClient } from './kind-routes.ts'
import type { Page } from './page.ts'
import { type ListQuery, toQueryParams } from './query-string.ts'
import { ok } from './responses.ts'
import { hcWithType } from './typed-hc.ts'

export interface ClientOptions {
  /** Where the API answers, e.g. `http://localhost:8787`. */
  readonly baseUrl: string
  /** Sent as `Authorization: Bearer …`: needed for writes, and for reads where the API asks. */
  readonly apiKey?: string
  /** Any fetch: the runtime's, a test's `app.request`, a Worker's service binding. */
  readonly fetch?: typeof fetch
}

/**
 * A client for sitrep's API. The methods return the domain's types; `hc` is the typed Hono
 * client underneath, for routes the methods do not cover yet (export, stream, keys, ingest).
 */
export const createClient = ({ baseUrl, apiKey, fetch: fetchImpl }: ClientOptions) => {
  const hc = hcWithType(baseUrl, {
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
    ...(apiKey ? { headers: { authorization: `Bearer ${apiKey}` } } : {}),
  })
  const { v1 } = hc
  return {
    hc,
    talks: talksClient(v1),
    aid: aidClient(v1),
    attacks: attacksClient(v1),
    statements: statementsClient(v1),
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
    /**
     * Brings a deleted record back as it was, based on the version of its deletion (the last in
     * its history). Needs an editor key.
     */
    restore: (id: RecordId, basedOn: { version: number }): Promise<StoredRecord> =>
      ok(
        v1.records[':id'].restore.$post({
          param: { id },
          header: { 'if-match': `"${basedOn.version}"` },
        }),
      ),
    actors: (): Promise<{ items: Actor[] }> => ok(v1.actors.$get()),
    places: (): Promise<{ items: Place[] }> => ok(v1.places.$get()),
    sources: {
      list: (): Promise<{ items: Source[] }> => ok(v1.sources.$get()),
      get: (id: SourceId): Promise<Source> => ok(v1.sources[':id'].$get({ param: { id } })),
    },
  }
}

export type SitrepClient = ReturnType<typeof createClient>
