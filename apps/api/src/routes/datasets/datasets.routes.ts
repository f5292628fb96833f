import { createRoute, z } from '@hono/zod-openapi'
import { DATASET_FORMATS } from '@sitrep/datasets'
import { requireRole } from '../../lib/auth.ts'
import { problemResponses, writeProblemResponses } from '../../lib/problem-responses.ts'

const Outcome = z.object({ line: z.number().int(), reason: z.string() })

/** What a dataset import did, row by row where rows were not written. */
export const DatasetImportSummary = z
  .object({
    rowsRead: z.number().int(),
    created: z.number().int(),
    merged: z.array(z.object({ id: z.string(), into: z.string(), reasons: z.array(z.string()) })),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.array(Outcome),
    skipped: z.array(Outcome),
    warnings: z.array(Outcome),
  })
  .openapi('DatasetImportSummary')

const DatasetFormatParam = z.enum(DATASET_FORMATS).openapi({
  param: { name: 'format', in: 'path' },
  description:
    'air-force: the Ukrainian Air Force’s missile and drone reports; cir-events: CIR/Bellingcat’s civilian harm events; acled: an ACLED export',
})

/** A part of the form holding a file; OpenAPI calls an uploaded file a binary string. */
const FilePart = z.instanceof(File).openapi({ type: 'string', format: 'binary' })

const DatasetUpload = z.object({
  /** The dataset's CSV as downloaded. */
  file: FilePart,
  /** air-force only: its weapon reference, missiles_and_uavs.csv. */
  reference: FilePart.optional(),
})

const { 401: unauthorized, 403: forbidden, 413: tooLarge, 415: notForm } = writeProblemResponses

export const datasetRoute = createRoute({
  method: 'post',
  path: '/{format}',
  tags: ['import'],
  summary: 'Import a downloaded dataset: air-force, cir-events or acled (admin role)',
  description:
    'The dataset as multipart/form-data: `file` its CSV and, for air-force, `reference` its missiles_and_uavs.csv. Admins only: one file rewrites thousands of records and fuses evidence into records editors curated. Re-importing a file changes nothing; changed rows become new revisions; attacks of the same night, oblasts and sides fuse into the record sitrep holds. A file that is not CSV past some line is refused whole (400, the line in the detail) before anything is written.',
  security: [{ bearer: [] }],
  middleware: [requireRole('admin')],
  request: {
    params: z.object({ format: DatasetFormatParam }),
    body: { required: true, content: { 'multipart/form-data': { schema: DatasetUpload } } },
  },
  responses: {
    200: {
      description:
        'Rows read, records created, merged (with reasons), updated and unchanged; rejected, skipped and warned rows with line and reason',
      content: { 'application/json': { schema: DatasetImportSummary } },
    },
    401: unauthorized,
    403: { ...forbidden, description: 'The key is not an admin’s' },
    413: tooLarge,
    415: { ...notForm, description: 'The body is not multipart/form-data' },
    ...problemResponses,
  },
})
