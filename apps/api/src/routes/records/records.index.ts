import { OpenAPIHono } from '@hono/zod-openapi'
import {
  type RecordKind,
  type RecordOfKind,
  type StoredRecord,
  splitRecordQuery,
} from '@sitrep/domain'
import { NotFound } from '@sitrep/store'
import { ApiError } from '../../lib/api-error.ts'
import type { AppEnv } from '../../lib/app-env.ts'
import { writerOf } from '../../lib/auth.ts'
import { baseVersionOf, versionTag } from '../../lib/versions.ts'
import {
  createRecordRoute,
  deleteRecordRoute,
  getRoute,
  listRoute,
  updateRecordRoute,
} from './records.routes.ts'

type StoredOfKind<K extends RecordKind> = { record: RecordOfKind<K>; meta: StoredRecord['meta'] }

const ofKind =
  <K extends RecordKind>(kind: K) =>
  (stored: StoredRecord): stored is StoredOfKind<K> =>
    stored.record.kind === kind

/** Read and write routes for one record kind, mounted at `/v1/<kind path>`. */
export const recordsApp = <K extends RecordKind>(kind: K) => {
  const isKind = ofKind(kind)
  const sameKind = async (store: AppEnv['Variables']['store'], id: string) => {
    const stored = await store.getRecord(id)
    if (!isKind(stored)) throw new NotFound('record', id)
    return stored
  }
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute(kind), async (c) => {
      const { filter, page } = splitRecordQuery(c.req.valid('query'))
      const result = await c.var.store.listRecords({ ...filter, kind: [kind] }, page)
      const items = result.items.filter(isKind)
      return c.json({ items, ...(result.nextCursor ? { nextCursor: result.nextCursor } : {}) }, 200)
    })
    .openapi(getRoute(kind), async (c) => {
      const stored = await sameKind(c.var.store, c.req.valid('param').id)
      c.header('ETag', versionTag(stored.meta.version))
      return c.json(stored, 200)
    })
    .openapi(createRecordRoute(kind), async (c) => {
      const record = c.req.valid('json')
      if (record.kind !== kind)
        throw new ApiError('unprocessable', `this route takes ${kind} records, not ${record.kind}`)
      const stored = await c.var.store.createRecord(record, { by: writerOf(c.var.principal) })
      if (!isKind(stored)) throw new ApiError('internal', 'the store returned another kind')
      c.header('ETag', versionTag(stored.meta.version))
      c.header('Location', `${new URL(c.req.url).pathname.replace(/\/$/, '')}/${stored.record.id}`)
      return c.json(stored, 201)
    })
    .openapi(updateRecordRoute(kind), async (c) => {
      const { id } = c.req.valid('param')
      const record = c.req.valid('json')
      if (record.kind !== kind)
        throw new ApiError('unprocessable', `this route takes ${kind} records, not ${record.kind}`)
      if (record.id !== id)
        throw new ApiError('unprocessable', `the body is record ${record.id}, the URL names ${id}`)
      const base = baseVersionOf(c.req.valid('header')['if-match'])
      await sameKind(c.var.store, id)
      const stored = await c.var.store.updateRecord(id, record, base, {
        by: writerOf(c.var.principal),
      })
      if (!isKind(stored)) throw new ApiError('internal', 'the store returned another kind')
      c.header('ETag', versionTag(stored.meta.version))
      return c.json(stored, 200)
    })
    .openapi(deleteRecordRoute(kind), async (c) => {
      const { id } = c.req.valid('param')
      const ifMatch = c.req.valid('header')['if-match']
      await sameKind(c.var.store, id)
      await c.var.store.deleteRecord(
        id,
        ifMatch === undefined ? undefined : baseVersionOf(ifMatch),
        {
          by: writerOf(c.var.principal),
        },
      )
      return c.body(null, 204)
    })
}
