import { createRoute, z } from '@hono/zod-openapi'
import {
  KindRecordQuery,
  RecordId,
  type RecordKind,
  RecordMeta,
  recordSchemas,
} from '@sitrep/domain'
import { notFoundResponse, problemResponses } from '../../lib/problem-responses.ts'

/** The URL segment and OpenAPI tag of each kind. */
export const kindPaths = {
  talk: 'talks',
  aid: 'aid',
  attack: 'attacks',
  statement: 'statements',
} as const satisfies { [K in RecordKind]: string }

/** A stored record of one kind: the domain's schema and the store's bookkeeping. */
export const storedOf = <K extends RecordKind>(kind: K) =>
  z.object({ record: recordSchemas[kind], meta: RecordMeta })

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    /** Absent on the last page. */
    nextCursor: z.string().optional(),
  })

export const listRoute = <K extends RecordKind>(kind: K) =>
  createRoute({
    method: 'get',
    path: '/',
    tags: [kindPaths[kind]],
    summary: `List ${kindPaths[kind]}, filtered and paginated`,
    request: { query: KindRecordQuery },
    responses: {
      200: {
        description: `A page of ${kindPaths[kind]}, each with its claims and their evidence`,
        content: { 'application/json': { schema: pageOf(storedOf(kind)) } },
      },
      ...problemResponses,
    },
  })

export const getRoute = <K extends RecordKind>(kind: K) =>
  createRoute({
    method: 'get',
    path: '/{id}',
    tags: [kindPaths[kind]],
    summary: `One ${kind} record by id`,
    request: { params: z.object({ id: RecordId }) },
    responses: {
      200: {
        description: `The ${kind} with its claims and their evidence`,
        content: { 'application/json': { schema: storedOf(kind) } },
      },
      ...notFoundResponse,
      ...problemResponses,
    },
  })
