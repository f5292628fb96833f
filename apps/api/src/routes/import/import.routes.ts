import { createRoute, z } from '@hono/zod-openapi'
import { isDatasetFormat } from '@sitrep/datasets'
import { Problem } from '@sitrep/domain'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../lib/app-env.ts'
import { requireRole } from '../../lib/auth.ts'
import { PROBLEM_CONTENT_TYPE, problem } from '../../lib/problem.ts'
import { problemResponses, writeProblemResponses } from '../../lib/problem-responses.ts'

const RejectionCode = z.enum([
  'invalid-json',
  'invalid-csv',
  'invalid-record',
  'repeated-id',
  'id-taken',
])

/** What a record import wrote and which lines it refused, numbered within the body sent. */
export const ImportSummary = z
  .object({
    imported: z.number().int(),
    unchanged: z
      .number()
      .int()
      .openapi({ description: 'Lines identical to the stored record: nothing to write' }),
    rejected: z
      .array(
        z.object({
          line: z.number().int(),
          id: z.string().optional(),
          code: RejectionCode,
          reason: z.string(),
        }),
      )
      .openapi({ description: 'The first rejected lines (at most 100), by line number' }),
    rejectedCount: z.number().int(),
    rejectedByCode: z.partialRecord(RejectionCode, z.number().int()),
    throughLine: z.number().int().openapi({
      description: 'Every line up to this one was read: committed, unchanged or rejected',
    }),
  })
  .openapi('ImportSummary')

/** A stopped import's problem: the limit crossed, the line at fault and what was committed. */
const ImportHaltedProblem = Problem.extend({
  line: z.number().int(),
  limit: z.string().optional(),
  summary: ImportSummary,
}).openapi('ImportHaltedProblem')

/**
 * Datasets were once sent here too (`?format=air-force`); they have their own route and role
 * now. Answering 410 with the new address, rather than importing, keeps one response shape per
 * route; a script that still uses the old form learns where to go instead of a bare 400.
 */
const datasetFormMoved: MiddlewareHandler<AppEnv> = async (c, next) => {
  const format = c.req.query('format') ?? ''
  if (!isDatasetFormat(format)) return next()
  const moved = `/v1/datasets/${format}`
  return c.body(
    JSON.stringify(
      problem(
        'gone',
        `datasets moved: POST the same multipart/form-data to ${moved} (admin role)`,
        undefined,
        c.req.path,
      ),
    ),
    410,
    { 'content-type': PROBLEM_CONTENT_TYPE, link: `<${moved}>; rel="successor-version"` },
  )
}

const { 401: unauthorized, 403: forbidden, 413: tooLarge, 415: wrongType } = writeProblemResponses

export const importRoute = createRoute({
  method: 'post',
  path: '/',
  tags: ['import'],
  summary: 'Import sitrep records from NDJSON or CSV (editor role)',
  description:
    'Lines are written in batched transactions: each line lands whole, is unchanged (identical to the stored record) or is rejected with its line number and reason; a rejected line never leaves a partial record. The summary lists the first 100 rejected lines and counts all of them by code. Input the API cannot read on from (a line or body over its limit, too many lines, bytes that are not UTF-8) stops the import with a 413 or 422 problem naming the line and limit, after committing the lines before it. NDJSON is one record per line; CSV columns are those of `/v1/export?format=csv`. Downloaded datasets (Air Force, CIR/Bellingcat, ACLED) go to `POST /v1/datasets/{format}`.',
  security: [{ bearer: [] }],
  middleware: [datasetFormMoved, requireRole('editor')],
  request: {
    query: z.strictObject({ format: z.enum(['ndjson', 'csv']).default('ndjson') }),
    body: {
      required: true,
      content: {
        'application/x-ndjson': { schema: z.string() },
        'text/csv': { schema: z.string() },
      },
    },
  },
  responses: {
    200: {
      description: 'How many records were imported, and each rejected line with its reason',
      content: { 'application/json': { schema: ImportSummary } },
    },
    401: unauthorized,
    403: { ...forbidden, description: 'The key is a reader’s' },
    410: {
      description:
        'A dataset sent the old way (`?format=air-force`): use `POST /v1/datasets/{format}`',
      content: { 'application/problem+json': { schema: Problem } },
    },
    413: {
      ...tooLarge,
      description:
        'A limit was crossed (body bytes, line bytes, line count; `limit` names the setting): the lines before `line` were imported, as `summary` says',
      content: { 'application/problem+json': { schema: ImportHaltedProblem } },
    },
    415: { ...wrongType, description: 'The body is not the format named' },
    422: {
      description:
        'Line `line` is not valid UTF-8: the lines before it were imported, as `summary` says',
      content: { 'application/problem+json': { schema: ImportHaltedProblem } },
    },
    ...problemResponses,
  },
})
