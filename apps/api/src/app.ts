import { OpenAPIHono } from '@hono/zod-openapi'
import { fieldIssues } from '@sitrep/domain'
import type { ImportLimits, Store } from '@sitrep/store'
import { cors } from 'hono/cors'
import {
  type Extractor,
  inProcessExtractor,
  inProcessMatcher,
  type Matcher,
} from './extraction/extractor.ts'
import type { AppEnv } from './lib/app-env.ts'
import { authenticate, refuseBadKey, requireRole } from './lib/auth.ts'
import { bodyRules } from './lib/body-rules.ts'
import type { ClientAddress } from './lib/client-address.ts'
import { httpCache } from './lib/http-cache.ts'
import { PROBLEM_CONTENT_TYPE, problem, problemFor, retryAfterFor } from './lib/problem.ts'
import { clientKey, type RateLimitOptions, rateLimit } from './lib/rate-limit.ts'
import {
  DEFAULT_READS_PER_CLIENT,
  type ReadsPerClientOptions,
  readsPerClient,
} from './lib/reads-per-client.ts'
import { resolveNames } from './lib/resolve-names.ts'
import { type ResponseCacheOptions, responseCache } from './lib/response-cache.ts'
import { briefApp } from './routes/brief/brief.index.ts'
import { datasetsApp } from './routes/datasets/datasets.index.ts'
import { actorsApp, placesApp, sourcesApp } from './routes/dictionaries/dictionaries.index.ts'
import { disputesApp } from './routes/disputes/disputes.index.ts'
import { type DocsAssets, docsApp } from './routes/docs/docs.index.ts'
import { exportApp } from './routes/export/export.index.ts'
import { healthApp } from './routes/health/health.index.ts'
import { importApp } from './routes/import/import.index.ts'
import { ingestApp } from './routes/ingest/ingest.index.ts'
import { keysApp } from './routes/keys/keys.index.ts'
import { mapApp } from './routes/map/map.index.ts'
import { mountRecordAliases } from './routes/records/records.aliases.ts'
import { recordsApp } from './routes/records/records.index.ts'
import { searchApp } from './routes/search/search.index.ts'
import { statsApp } from './routes/stats/stats.index.ts'
import { streamApp } from './routes/stream/stream.index.ts'
import {
  subscriptionsApp,
  type WebhookOptions,
} from './routes/subscriptions/subscriptions.index.ts'

export interface AppDeps {
  readonly store: Store
  /** Reads ingested articles; default in-process (the Node entry passes a worker-thread pool). */
  readonly extractor?: Extractor
  /** Matches drafts to stored records; default in-process (the Node entry passes the same pool). */
  readonly matcher?: Matcher
  /** Where unexpected errors go; the response never carries them. */
  readonly logError?: (error: unknown) => void
  /** Origins allowed to call the API from a browser; `*` for any. Default: any. */
  readonly corsOrigins?: '*' | readonly string[]
  /** Per-client request limit; `false` turns limiting off (tests, benchmarks). */
  readonly rateLimit?: RateLimitOptions | false
  /**
   * The caller's address for the rate limit, as the entry's runtime knows it (the Node socket
   * and trusted proxies, Cloudflare's header). Without it keyless clients share one limit.
   */
  readonly clientAddress?: ClientAddress
  /** Assets for the `/docs` page; without them `/docs` is not served. */
  readonly docsAssets?: DocsAssets
  /** When true, reads need a key too (reader role); by default reads are public. */
  readonly requireKeyForReads?: boolean
  /** How often `/v1/stream`'s shared poll asks the store for new writes. */
  readonly streamPollMs?: number
  /** `/v1/stream` connections one client may hold open; 429 beyond. */
  readonly maxStreamsPerClient?: number
  /** Recent GET answers kept in memory until the next write; `false` turns it off. */
  readonly responseCache?: ResponseCacheOptions | false
  /** Bounds on one `/v1/import` body; the store's defaults for any not given. */
  readonly importLimits?: Partial<ImportLimits>
  /** Webhook subscriptions: the secret box, and whether private targets are allowed. */
  readonly webhooks?: WebhookOptions
  /** Uncached reads one client may have computed at once, and waiting; `false` turns it off. */
  readonly readsPerClient?: ReadsPerClientOptions | false
}

const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = { entries: 1000, maxBodyBytes: 1 << 20 }

const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 600, windowMs: 60_000 }

const problemResponse = (body: ReturnType<typeof problem>, retryAfterSeconds?: number) =>
  new Response(JSON.stringify(body), {
    status: body.status,
    headers: {
      'content-type': PROBLEM_CONTENT_TYPE,
      // RFC 9110: a 401 names the scheme the client should use.
      ...(body.status === 401 ? { 'www-authenticate': 'Bearer realm="sitrep"' } : {}),
      ...(retryAfterSeconds !== undefined ? { 'retry-after': String(retryAfterSeconds) } : {}),
    },
  })

/**
 * The whole API as a Hono app. It reads no environment and opens no port: the entries in
 * entry/ do that, so tests and the Worker build the same app around their own store.
 */
export const createApp = ({
  store,
  extractor = inProcessExtractor,
  matcher = inProcessMatcher,
  logError = console.error,
  corsOrigins = '*',
  rateLimit: limits = DEFAULT_RATE_LIMIT,
  clientAddress,
  docsAssets,
  requireKeyForReads = false,
  streamPollMs = 500,
  maxStreamsPerClient = 20,
  responseCache: cacheOptions = DEFAULT_RESPONSE_CACHE,
  importLimits,
  webhooks = {},
  readsPerClient: readLimits = DEFAULT_READS_PER_CLIENT,
}: AppDeps) => {
  const app = new OpenAPIHono<AppEnv>({
    // One validation hook for every route: Zod's issues become a problem naming each field.
    defaultHook: (result, c) => {
      if (!result.success) {
        return problemResponse(
          problem(
            'validation',
            'the request does not match the API',
            fieldIssues(result.error),
            c.req.path,
          ),
        )
      }
    },
  })
  app.use(async (c, next) => {
    c.set('store', store)
    c.set('extract', extractor)
    c.set('match', matcher)
    await next()
  })
  app.use(
    cors({
      origin: corsOrigins === '*' ? '*' : [...corsOrigins],
      exposeHeaders: ['ETag', 'Retry-After', 'RateLimit', 'RateLimit-Policy'],
    }),
  )
  // Locked reads lock the API's description too: it names every route and filter.
  const guarded = requireKeyForReads ? ['/v1/*', '/openapi.json', '/docs/*'] : ['/v1/*']
  const guards = [
    authenticate,
    // Counted before any refusal, so keyless and bad-key floods are limited by address too.
    ...(limits ? [rateLimit(limits, clientAddress)] : []),
    refuseBadKey,
    ...(requireKeyForReads ? [requireRole('reader')] : []),
  ]
  for (const path of guarded) app.use(path, ...guards)
  app.use('/v1/*', ...bodyRules(['/v1/import', '/v1/datasets/']))
  // Before the caches, so `placeId=kharkiv` and `placeId=ua-kharkiv` are one answer.
  app.use('/v1/*', resolveNames())
  app.use(...httpCache(['/v1/stream', '/v1/export']))
  // Inside the ETag layer, so a kept answer still becomes a 304 for a client that has it.
  if (cacheOptions)
    app.use(
      '/v1/*',
      responseCache(cacheOptions, ['/v1/stream', '/v1/export', '/v1/keys', '/v1/subscriptions']),
    )
  // Inside the cache: a kept answer never waits behind its client's uncached reads.
  if (readLimits)
    app.use(
      '/v1/*',
      readsPerClient(readLimits, clientKey(clientAddress), ['/v1/stream', '/v1/export']),
    )
  if (docsAssets) app.route('/docs', docsApp(docsAssets))
  app.onError((error, c) => {
    const body = problemFor(error, c.req.path)
    // An overloaded store is expected under load, not a fault worth a stack trace.
    if (body.status >= 500 && body.status !== 503) logError(error)
    return problemResponse(body, retryAfterFor(error))
  })
  app.notFound((c) =>
    problemResponse(
      problem('not-found', `no route for ${c.req.method} ${c.req.path}`, undefined, c.req.path),
    ),
  )

  const routes = app
    .route('/', healthApp)
    .route('/v1/records', recordsApp)
    .route('/v1/search', searchApp)
    .route('/v1/disputes', disputesApp)
    .route('/v1/actors', actorsApp)
    .route('/v1/places', placesApp)
    .route('/v1/sources', sourcesApp)
    .route('/v1/keys', keysApp)
    .route(
      '/v1/stream',
      streamApp({ pollMs: streamPollMs, maxOpenPerClient: maxStreamsPerClient, clientAddress }),
    )
    .route('/v1/export', exportApp)
    .route('/v1/import', importApp(importLimits))
    .route('/v1/datasets', datasetsApp)
    .route('/v1/ingest', ingestApp)
    .route('/v1/stats', statsApp)
    .route('/v1/map', mapApp)
    .route('/v1/brief', briefApp)
    .route('/v1/subscriptions', subscriptionsApp(webhooks))
  mountRecordAliases(app)

  routes.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key made with `sitrep keys create`',
  })
  routes.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version: '1',
      description:
        'Structured, sourced records of the Russia–Ukraine war: talks, aid, attacks and statements, each fact with its evidence.',
    },
  })
  return routes
}

export type AppType = ReturnType<typeof createApp>
