import { OpenAPIHono } from '@hono/zod-openapi'
import { RecordKind } from '@sitrep/domain'
import type { AppEnv } from '../../lib/app-env.ts'
import { writerOf } from '../../lib/auth.ts'
import { jsonBytes } from '../../lib/json-text.ts'
import { listRecords } from './records.handlers.ts'
import { recordRoutesApp } from './records.index.ts'
import { everyKind, kindAlias, kindPaths, listRoute } from './records.routes.ts'
import { splitAliasRoute, splitRecord } from './split.route.ts'

/** `/v1/events`, the list's old name: the same route and handler as `GET /v1/records`. */
const eventsApp = new OpenAPIHono<AppEnv>().openapi(
  {
    ...listRoute(everyKind),
    deprecated: true,
    description: 'Deprecated: use `GET /v1/records`, which takes the same parameters.',
  },
  async (c) => jsonBytes(c, await listRecords(c.var.store, c.req.valid('query'), undefined), 200),
)

/** `/v1/import/split`, split's old place: the record named in the body instead of the path. */
const importSplitApp = new OpenAPIHono<AppEnv>().openapi(splitAliasRoute, async (c) => {
  const { recordId, ...selection } = c.req.valid('json')
  return c.json(await splitRecord(c.var.store, recordId, selection, writerOf(c.var.principal)), 200)
})

/**
 * Mounts the deprecated paths that old callers still use: `/v1/<kind path>` for each kind the
 * domain knows, `/v1/events` and `/v1/import/split`. They are mounted outside the chain that
 * types `AppType` on purpose: the typed client speaks `/v1/records` only, while the OpenAPI
 * document lists the aliases, marked deprecated.
 */
export const mountRecordAliases = (app: OpenAPIHono<AppEnv>) => {
  for (const kind of RecordKind.options)
    app.route(`/v1/${kindPaths[kind]}`, recordRoutesApp(kindAlias(kind)))
  app.route('/v1/events', eventsApp)
  app.route('/v1/import', importSplitApp)
}
