import { OpenAPIHono } from '@hono/zod-openapi'
import {
  type RecordKind,
  type RecordOfKind,
  type StoredRecord,
  splitRecordQuery,
} from '@sitrep/domain'
import { NotFound } from '@sitrep/store'
import type { AppEnv } from '../../lib/app-env.ts'
import { getRoute, listRoute } from './records.routes.ts'

type StoredOfKind<K extends RecordKind> = { record: RecordOfKind<K>; meta: StoredRecord['meta'] }

const ofKind =
  <K extends RecordKind>(kind: K) =>
  (stored: StoredRecord): stored is StoredOfKind<K> =>
    stored.record.kind === kind

/** List and get for one record kind, mounted at `/v1/<kind path>`. */
export const recordsApp = <K extends RecordKind>(kind: K) => {
  const isKind = ofKind(kind)
  return new OpenAPIHono<AppEnv>()
    .openapi(listRoute(kind), async (c) => {
      const { filter, page } = splitRecordQuery(c.req.valid('query'))
      const result = await c.var.store.listRecords({ ...filter, kind: [kind] }, page)
      const items = result.items.filter(isKind)
      return c.json({ items, ...(result.nextCursor ? { nextCursor: result.nextCursor } : {}) }, 200)
    })
    .openapi(getRoute(kind), async (c) => {
      const { id } = c.req.valid('param')
      const stored = await c.var.store.getRecord(id)
      if (!isKind(stored)) throw new NotFound('record', id)
      return c.json(stored, 200)
    })
}
