import type { Actor, Place, StoredRecord } from '@sitrep/domain'
import { keysClient } from './api-keys.ts'
import { type BriefQuery, fetchBrief, fetchBriefText } from './brief.ts'
import { type WatchChanges, watchChanges } from './change-stream.ts'
import { type EventMapQuery, fetchEventMap } from './event-map.ts'
import { type ExportFormat, type ExportQuery, exportRecords } from './export-records.ts'
import { type DatasetFile, type DatasetFormat, importDataset } from './import-dataset.ts'
import { type ImportFormat, importRecords } from './import-records.ts'
import { ingestClient } from './ingest.ts'
import { kindClients } from './kind-clients.ts'
import type { DisputesPage, Page } from './page.ts'
import { type ListQuery, toQueryParams } from './query-string.ts'
import { recordsClient } from './records.ts'
import { ok } from './responses.ts'
import { send } from './send.ts'
import { sourcesClient } from './sources.ts'
import { fetchStats, type StatsQuery } from './stats.ts'
import { subscriptionsClient } from './subscriptions.ts'
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
 * A client for sitrep's API: every call is a method of this one object, and returns the
 * domain's types. `hc` is the typed Hono client underneath, for anything the methods do not cover.
 */
export const createClient = (options: ClientOptions) => {
  const { baseUrl, apiKey, fetch: fetchImpl } = options
  const hc = hcWithType(baseUrl, {
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
    ...(apiKey ? { headers: { authorization: `Bearer ${apiKey}` } } : {}),
  })
  const { v1 } = hc
  const records = recordsClient(v1)
  return {
    hc,
    /** Every kind: the list, and one record by id whatever its kind. */
    records,
    /** `talks`, `aid`, `attacks`, `statements`: the records calls with the kind fixed. */
    ...kindClients(records),
    /** Ranked full-text search, best match first. */
    search: (q: string, query: Omit<ListQuery, 'q'> = {}): Promise<Page<StoredRecord>> =>
      ok(v1.search.$get({ query: { ...toQueryParams(query), q } })),
    /** Every contested fact, its positions side by side with their claims. */
    disputes: (query: ListQuery = {}): Promise<DisputesPage> =>
      ok(v1.disputes.$get({ query: toQueryParams(query) })),
    actors: (): Promise<{ items: Actor[] }> => ok(v1.actors.$get()),
    places: (): Promise<{ items: Place[] }> => ok(v1.places.$get()),
    sources: sourcesClient(v1),
    stats: (query: StatsQuery = {}) => fetchStats(v1, query),
    /** Every matching attack (or talk) as hexbins and per-oblast counts. */
    eventMap: (query: EventMapQuery = {}) => fetchEventMap(v1, query),
    /** The situation brief as data, or rendered as Markdown or HTML. */
    brief: (query: BriefQuery) => fetchBrief(v1, query),
    briefText: (query: BriefQuery, format: 'md' | 'html') => fetchBriefText(v1, query, format),
    /** Admin role: create, list and revoke API keys. */
    keys: keysClient(v1),
    ingest: ingestClient(v1),
    /** Every matching record as a byte stream, for the caller to pipe on. */
    exportRecords: (format: ExportFormat, query: ExportQuery = {}) =>
      exportRecords(options, format, query),
    /** NDJSON or CSV lines, as a string or a stream (editor role). */
    importRecords: (body: string | ReadableStream<Uint8Array>, format: ImportFormat = 'ndjson') =>
      importRecords(options, body, format),
    /** A downloaded dataset to `/v1/datasets/{format}` (admin role), with air-force's reference. */
    importDataset: (format: DatasetFormat, files: { file: DatasetFile; reference?: DatasetFile }) =>
      importDataset(options, format, files),
    /** Editor role: webhooks for new and changed records (`verifyWebhook` checks deliveries). */
    subscriptions: subscriptionsClient(options),
    /** Follows the change feed, reconnecting by itself, until `watch.signal` aborts. */
    watchChanges: (watch: WatchChanges) => watchChanges(options, watch),
    /** An untyped request with this client's URL, key, fetch and errors. */
    send: (path: string, init?: RequestInit) => send(options, path, init),
  }
}

export type SitrepClient = ReturnType<typeof createClient>
