import { OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../../lib/app-env.ts'
import { writerOf } from '../../lib/auth.ts'
import { jsonBytes } from '../../lib/json-text.ts'
import { baseVersionOf, versionTag } from '../../lib/versions.ts'
import { historyRoute } from './history.route.ts'
import {
  createRecord,
  deleteRecord,
  listRecords,
  readRecord,
  replaceRecord,
} from './records.handlers.ts'
import {
  createRecordRoute,
  deleteRecordRoute,
  everyKind,
  getRoute,
  listRoute,
  type RecordScope,
  updateRecordRoute,
} from './records.routes.ts'
import { restoreRoute } from './restore.route.ts'
import { splitRecord, splitRoute } from './split.route.ts'

/**
 * List, create, read, replace and delete records in one scope: every kind at `/v1/records`, or
 * one kind at its deprecated alias. The one definition both are built from.
 */
export const recordRoutesApp = (scope: RecordScope) => {
  const { kind } = scope
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute(scope), async (c) =>
      jsonBytes(c, await listRecords(c.var.store, c.req.valid('query'), kind), 200),
    )
    .openapi(getRoute(scope), async (c) => {
      const { id } = c.req.valid('param')
      const stored = await readRecord(c.var.store, id, [kind, c.req.valid('query').kind])
      c.header('ETag', versionTag(stored.meta.version))
      return c.json(stored, 200)
    })
    .openapi(createRecordRoute(scope), async (c) => {
      const by = writerOf(c.var.principal)
      const stored = await createRecord(c.var.store, c.req.valid('json'), kind, by)
      c.header('ETag', versionTag(stored.meta.version))
      c.header('Location', `/v1/records/${encodeURIComponent(stored.record.id)}`)
      return c.json(stored, 201)
    })
    .openapi(updateRecordRoute(scope), async (c) => {
      const stored = await replaceRecord(
        c.var.store,
        c.req.valid('param').id,
        c.req.valid('json'),
        {
          ifMatch: c.req.valid('header')['if-match'],
          kind,
          by: writerOf(c.var.principal),
        },
      )
      c.header('ETag', versionTag(stored.meta.version))
      return c.json(stored, 200)
    })
    .openapi(deleteRecordRoute(scope), async (c) => {
      await deleteRecord(c.var.store, c.req.valid('param').id, {
        ifMatch: c.req.valid('header')['if-match'],
        kinds: [kind, c.req.valid('query').kind],
        by: writerOf(c.var.principal),
      })
      return c.body(null, 204)
    })
}

/** `/v1/records`: every kind, one record by id whatever its kind, its history, restore and split. */
export const recordsApp = recordRoutesApp(everyKind)
  .openapi(historyRoute, async (c) =>
    c.json({ items: await c.var.store.history(c.req.valid('param').id) }, 200),
  )
  .openapi(restoreRoute, async (c) => {
    const base = baseVersionOf(c.req.valid('header')['if-match'])
    const stored = await c.var.store.restoreRecord(c.req.valid('param').id, base, {
      by: writerOf(c.var.principal),
      reason: 'restored after deletion',
    })
    c.header('ETag', versionTag(stored.meta.version))
    return c.json(stored, 200)
  })
  .openapi(splitRoute, async (c) => {
    const { id } = c.req.valid('param')
    const by = writerOf(c.var.principal)
    return c.json(await splitRecord(c.var.store, id, c.req.valid('json'), by), 200)
  })
