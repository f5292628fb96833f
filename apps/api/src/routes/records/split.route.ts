import { createRoute, z } from '@hono/zod-openapi'
import { splitAttack } from '@sitrep/datasets'
import { type AnyClaim, RecordId, SourceId, StoredRecord } from '@sitrep/domain'
import { NotFound, type Store } from '@sitrep/store'
import { ApiError } from '../../lib/api-error.ts'
import { requireRole } from '../../lib/auth.ts'
import {
  notFoundResponse,
  problemResponses,
  writeProblemResponses,
} from '../../lib/problem-responses.ts'
import { IdParam } from './records.routes.ts'

const selectionShape = {
  /** The dataset record whose claims were fused in ("attack-af-2025-07-20-…"). */
  datasetRecordId: RecordId.optional(),
  /** Or: every claim from these sources (an article merged in by mistake). */
  sourceIds: z.array(SourceId).min(1).max(50).optional(),
}
const oneSelection = (r: { datasetRecordId?: string | undefined; sourceIds?: unknown }) =>
  (r.datasetRecordId === undefined) !== (r.sourceIds === undefined)
const oneSelectionIssue = {
  message: 'give either datasetRecordId or sourceIds',
  path: ['datasetRecordId'],
}

/** Which claims leave the record: those fused in from one dataset record, or from these sources. */
export const SplitSelection = z.strictObject(selectionShape).refine(oneSelection, oneSelectionIssue)
export type SplitSelection = z.infer<typeof SplitSelection>

/** The deprecated `/v1/import/split` body: the same, with the record named in the body. */
export const SplitRequest = z
  .strictObject({ recordId: RecordId, ...selectionShape })
  .refine(oneSelection, oneSelectionIssue)

export const SplitResult = z.object({ kept: StoredRecord, split: StoredRecord })

const summary =
  'Split a wrong merge: fused evidence leaves a record and becomes its own (editor role)'
const description =
  'Both writes are revisions in one transaction: the record loses the chosen claims, and the places and weapons that arrived with them (read from its history) unless a claim it keeps names them; a new record holds them — under the dataset record id when they came from a dataset import, so re-importing that file finds it and does not fuse it again.'
const responses = {
  200: {
    description: 'The record as kept and the record split off',
    content: { 'application/json': { schema: SplitResult } },
  },
  ...notFoundResponse,
  ...writeProblemResponses,
  ...problemResponses,
} as const
const editor = { security: [{ bearer: [] }], middleware: [requireRole('editor')] }

export const splitRoute = createRoute({
  method: 'post',
  path: '/{id}/split',
  tags: ['records'],
  summary,
  description,
  ...editor,
  request: {
    params: IdParam,
    body: { required: true, content: { 'application/json': { schema: SplitSelection } } },
  },
  responses,
})

export const splitAliasRoute = createRoute({
  method: 'post',
  path: '/split',
  tags: ['records'],
  summary,
  description: `Deprecated: use \`POST /v1/records/{id}/split\`. ${description}`,
  deprecated: true,
  ...editor,
  request: {
    body: { required: true, content: { 'application/json': { schema: SplitRequest } } },
  },
  responses,
})

export const splitRecord = async (
  store: Store,
  id: RecordId,
  selection: SplitSelection,
  by: string,
) => {
  const held = await store.getRecord(id)
  if (held.record.kind !== 'attack')
    throw new ApiError('unprocessable', 'only attacks are fused by imports, so only they split')
  const sources = new Set(selection.sourceIds ?? [])
  const pick = (claim: AnyClaim) =>
    selection.datasetRecordId !== undefined
      ? claim.id.startsWith(`${selection.datasetRecordId}.`)
      : sources.has(claim.sourceId)
  // The history tells which places and weapons arrived with the leaving claims, so they leave too.
  const history = (await store.history(held.record.id)).map((r) => r.record)
  const result = splitAttack(held.record, pick, history)
  if (typeof result === 'string') throw new ApiError('unprocessable', result)
  const taken = await store.getRecord(result.split.id, { includeDeleted: true }).then(
    () => true,
    (error: unknown) => {
      if (error instanceof NotFound) return false
      throw error
    },
  )
  if (taken) throw new ApiError('conflict', `a record ${result.split.id} exists already`)
  const ctx = { by, reason: `split out of ${held.record.id}` }
  await store.applyDatasetWrite(
    {
      sources: [],
      creates: [result.split],
      updates: [{ record: result.kept, baseVersion: held.meta.version }],
    },
    ctx,
  )
  return {
    kept: await store.getRecord(held.record.id),
    split: await store.getRecord(result.split.id),
  }
}
