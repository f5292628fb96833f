import { createRoute } from '@hono/zod-openapi'
import { StoredRecord } from '@sitrep/domain'
import { requireRole } from '../../lib/auth.ts'
import {
  notFoundResponse,
  problemResponses,
  writeProblemResponses,
} from '../../lib/problem-responses.ts'
import { IdParam, IfMatch } from './records.routes.ts'

export const restoreRoute = createRoute({
  method: 'post',
  path: '/{id}/restore',
  tags: ['records'],
  summary: 'Bring a deleted record back as it was before its deletion (editor role)',
  description:
    'The restore is a new revision, based on the version of the deletion in If-Match (the last version in the record’s history). A record that is not deleted answers 404; a newer version than If-Match names answers 412.',
  security: [{ bearer: [] }],
  middleware: [requireRole('editor')],
  request: { params: IdParam, headers: IfMatch },
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
