import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { RecordId, StoredRecord } from '@sitrep/domain'
import type { AppEnv } from '../../lib/app-env.ts'
import { requireRole, writerOf } from '../../lib/auth.ts'
import {
  notFoundResponse,
  problemResponses,
  writeProblemResponses,
} from '../../lib/problem-responses.ts'
import { baseVersionOf, versionTag } from '../../lib/versions.ts'
import { IfMatch } from '../records/records.routes.ts'

const restoreRoute = createRoute({
  method: 'post',
  path: '/{id}/restore',
  tags: ['records'],
  summary: 'Bring a deleted record back as it was before its deletion (editor role)',
  description:
    'The restore is a new revision, based on the version of the deletion in If-Match (the last version in the record’s history). A record that is not deleted answers 404; a newer version than If-Match names answers 412.',
  security: [{ bearer: [] }],
  middleware: [requireRole('editor')],
  request: { params: z.object({ id: RecordId }), headers: IfMatch },
  responses: {
    200: {
      description: 'The record, live again',
      content: { 'application/json': { schema: StoredRecord } },
    },
    ...notFoundResponse,
    ...writeProblemResponses,
    ...problemResponses,
  },
})

export const restoreApp = new OpenAPIHono<AppEnv>().openapi(restoreRoute, async (c) => {
  const base = baseVersionOf(c.req.valid('header')['if-match'])
  const stored = await c.var.store.restoreRecord(c.req.valid('param').id, base, {
    by: writerOf(c.var.principal),
    reason: 'restored after deletion',
  })
  c.header('ETag', versionTag(stored.meta.version))
  return c.json(stored, 200)
})
